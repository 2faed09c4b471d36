// JS errors without C++ exceptions: Error and its built-in subclasses as counted objects, and one
// "pending error" slot (TS code runs on one task). `throw` stores the error in the slot; the lowered
// code checks the slot after every call that may throw (TSESP_GUARD) and unwinds by goto/return to
// the enclosing catch/finally or out of the function; the entry points report an error still pending
// as uncaught (stderr "RangeError: msg", exit(1) on the PC and under qemu; Serial + restart on a device).
// Library code raises a catchable error with throwError(kind, message) and returns a default value.
// Calling context: TS loop only. Ownership: the slot owns one count of the pending error;
// takeError() moves it out (the slot is empty afterwards).
#pragma once

#include <type_traits>
#include <utility>

#include "tsesp/ref.h"
#include "tsesp/string.h"

namespace tsesp {

/** The built-in error classes a program can observe (Node's class and name). */
enum class ErrorKind { Error, TypeError, RangeError, SyntaxError, ReferenceError, EvalError, URIError };

/** `new Error(message)`: name and message are plain fields, as JS's own properties behave. */
struct Error : Object {
  explicit Error(String message = String()) : Error("Error", std::move(message)) {}
  Error(const char* kindName, String message) : name(kindName), message(std::move(message)) {}
  String name;
  String message;
  static const ClassInfo tsesp_class;
  const ClassInfo* classInfo() const override { return &tsesp_class; }
};

// One struct per built-in subclass, so `e instanceof RangeError` walks the same ClassInfo chain.
#define TSESP_BUILTIN_ERROR(Kind)                                                       \
  struct Kind : Error {                                                                 \
    explicit Kind(String message = String()) : Error(#Kind, std::move(message)) {}    \
    static const ClassInfo tsesp_class;                                                 \
    const ClassInfo* classInfo() const override { return &tsesp_class; }                \
  };
TSESP_BUILTIN_ERROR(TypeError)
TSESP_BUILTIN_ERROR(RangeError)
TSESP_BUILTIN_ERROR(SyntaxError)
TSESP_BUILTIN_ERROR(ReferenceError)
TSESP_BUILTIN_ERROR(EvalError)
TSESP_BUILTIN_ERROR(URIError)
#undef TSESP_BUILTIN_ERROR

namespace detail {
extern Ref<Error> pendingError;  // the thrown, not yet caught error; null when none
}

/** A new error object of a built-in kind (not thrown). */
Ref<Error> makeError(ErrorKind kind, String message);
/** Raises a catchable `new <kind>(message)`: library code calls it, then returns a default value. */
void throwError(ErrorKind kind, String message);
/** `throw e`: makes e the pending error (a null e is a TypeError, never UB). */
void throwValue(Ref<Error> error);
/** True while an error unwinds: the code after a call that may throw checks this. */
inline bool errorPending() { return static_cast<bool>(detail::pendingError); }
/** Moves the pending error out (catch binding; finally keeps it aside): null if none. */
Ref<Error> takeError();
/** Puts an error kept aside by finally back (null: nothing pending). */
void restoreError(Ref<Error> error);
/** Error.prototype.toString: "name: message", or whichever of the two is not empty. */
String errorToString(const Error& error);
template <typename T, typename = std::enable_if_t<std::is_base_of<Error, T>::value>>
String toString(const Ref<T>& error) {
  return errorToString(*error);
}
/**
 * Called by the entry points after top-level code, setup(), loop() and every timer or event
 * callback: an error still pending is uncaught. Prints "<name>: <message>" and stops the program
 * (exit(1) where TSESP_EXIT_WHEN_IDLE; on a device Serial + restart). Returns if nothing is pending.
 */
void checkUncaught();

}  // namespace tsesp

// The value of a call that may throw, or `onError` (a `goto` to the catch/finally block, or a
// `return` of a default value) if it threw. A GNU statement expression (GCC and Clang, every target
// toolchain): JS stops evaluating an expression at the throw, and no other C++17 expression can.
#define TSESP_GUARD(onError, ...)                      \
  ({                                                   \
    auto tsesp_guarded = (__VA_ARGS__);                \
    if (::tsesp::errorPending()) {                     \
      onError;                                         \
    }                                                  \
    std::move(tsesp_guarded);                          \
  })
// The same for a call whose value is void.
#define TSESP_GUARD_VOID(onError, ...) \
  ({                                   \
    __VA_ARGS__;                       \
    if (::tsesp::errorPending()) {     \
      onError;                         \
    }                                  \
  })
