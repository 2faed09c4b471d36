// JS errors and the pending-error slot (see error.h).
#include "tsesp/error.h"

#include <Arduino.h>

#include <cstdio>
#include <cstdlib>

#include "tsesp/config.h"

namespace tsesp {

namespace detail {
Ref<Error> pendingError;
}

const ClassInfo Error::tsesp_class = {"Error", nullptr};
const ClassInfo TypeError::tsesp_class = {"TypeError", &Error::tsesp_class};
const ClassInfo RangeError::tsesp_class = {"RangeError", &Error::tsesp_class};
const ClassInfo SyntaxError::tsesp_class = {"SyntaxError", &Error::tsesp_class};
const ClassInfo ReferenceError::tsesp_class = {"ReferenceError", &Error::tsesp_class};
const ClassInfo EvalError::tsesp_class = {"EvalError", &Error::tsesp_class};
const ClassInfo URIError::tsesp_class = {"URIError", &Error::tsesp_class};

Ref<Error> makeError(ErrorKind kind, String message) {
  switch (kind) {
    case ErrorKind::TypeError: return make<TypeError>(std::move(message));
    case ErrorKind::RangeError: return make<RangeError>(std::move(message));
    case ErrorKind::SyntaxError: return make<SyntaxError>(std::move(message));
    case ErrorKind::ReferenceError: return make<ReferenceError>(std::move(message));
    case ErrorKind::EvalError: return make<EvalError>(std::move(message));
    case ErrorKind::URIError: return make<URIError>(std::move(message));
    case ErrorKind::Error: break;
  }
  return make<Error>(std::move(message));
}

void throwError(ErrorKind kind, String message) { detail::pendingError = makeError(kind, std::move(message)); }

void throwValue(Ref<Error> error) {
  if (!error) error = makeError(ErrorKind::TypeError, "Cannot throw undefined");
  detail::pendingError = std::move(error);
}

Ref<Error> takeError() { return std::move(detail::pendingError); }

void restoreError(Ref<Error> error) {
  if (error) detail::pendingError = std::move(error);
}

String errorToString(const Error& error) {
  if (error.name.byteLength() == 0) return error.message;
  if (error.message.byteLength() == 0) return error.name;
  return concat({error.name, ": ", error.message});
}

void checkUncaught() {
  if (!errorPending()) return;
  String text = errorToString(*takeError());
  Serial.flush();
#if TSESP_EXIT_WHEN_IDLE
  fprintf(stderr, "%s\n", text.c_str());
  fflush(stderr);
  exit(1);
#else
  Serial.print("Uncaught ");
  Serial.println(text.c_str());
  Serial.flush();
#if defined(ARDUINO_ARCH_ESP32)
  ESP.restart();
#endif
  abort();
#endif
}

}  // namespace tsesp
