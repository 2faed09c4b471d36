#pragma once
static const char kGreeting[] = "hello from C++";
