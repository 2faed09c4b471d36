// The one header generated sketch code includes: every tsesp runtime concept a lowered TS module may
// call (values, strings, arrays, closures, console, timers, Math, the Arduino API).
// Calling context: see each header; all TS code runs on the TS loop.
#pragma once

#include "tsesp/arduino_api.h"
#include "tsesp/array.h"
#include "tsesp/array_from.h"
#include "tsesp/array_length.h"
#include "tsesp/console.h"
#include "tsesp/data_view.h"
#include "tsesp/error.h"
#include "tsesp/event_loop.h"
#include "tsesp/fixed.h"
#include "tsesp/function.h"
#include "tsesp/json.h"
#include "tsesp/json_parse.h"
#include "tsesp/logical.h"
#include "tsesp/map.h"
#include "tsesp/record.h"
#include "tsesp/math.h"
#include "tsesp/number.h"
#include "tsesp/optional.h"
#include "tsesp/ref.h"
#include "tsesp/spread.h"
#include "tsesp/string.h"
#include "tsesp/text.h"
#include "tsesp/variant.h"
#include "tsesp/typed_array.h"
