// Closures. tsesp::Function<R(A...)> is a TS function value: a counted heap object wrapping a C++
// lambda (captures copy Refs, so a closure keeps what it uses alive). tsesp::Box<T> is a shared
// mutable cell for a local variable that a closure captures and someone assigns: every closure and
// the enclosing scope see the same cell. A `let` in a loop gets a fresh Box per iteration (the
// lowering makes one per pass), which gives JS's per-iteration bindings.
// Calling context: TS loop. Ownership: copies share the callable/cell; the last copy frees it.
// Calling an undefined Function is a TypeError (panic), never UB.
#pragma once

#include <type_traits>
#include <utility>

#include "tsesp/error.h"
#include "tsesp/panic.h"
#include "tsesp/ref.h"

namespace tsesp {

template <typename Signature>
class Function;

template <typename R, typename... A>
class Function<R(A...)> {
  struct Callable : Object {
    virtual R call(A... args) = 0;
  };
  template <typename L>
  struct Closure final : Callable {
    explicit Closure(L f) : fn(std::move(f)) {}
    R call(A... args) override {
      if constexpr (std::is_void<R>::value)
        fn(args...);  // a TS callback typed `() => void` may still return a value: dropped
      else
        return fn(args...);
    }
    L fn;
  };

 public:
  Function() = default;
  Function(std::nullptr_t) {}
  template <typename L, typename = std::enable_if_t<!std::is_same<std::decay_t<L>, Function>::value &&
                                                    std::is_invocable<L&, A...>::value>>
  Function(L fn) : callable_(make<Closure<L>>(std::move(fn))) {}
  static Function undefinedValue() { return Function(); }

  R operator()(A... args) const {
    if (!callable_) panic("TypeError", "not a function");
    // while an error unwinds no TS code runs: library loops (forEach, map, sort) that call back
    // after a throw get a default value and their own caller unwinds (error.h)
    if (errorPending()) return R();
    return callable_->call(args...);
  }
  explicit operator bool() const { return static_cast<bool>(callable_); }
  bool operator==(const Function& o) const { return callable_ == o.callable_; }

 private:
  Ref<Callable> callable_;
};

/** A captured, reassigned local variable: `*box` reads and writes the shared value. */
template <typename T>
class Box {
  struct Cell : Object {
    explicit Cell(T v) : value(std::move(v)) {}
    T value;
  };

 public:
  explicit Box(T initial) : cell_(make<Cell>(std::move(initial))) {}
  T& operator*() const { return cell_->value; }

 private:
  Ref<Cell> cell_;
};

}  // namespace tsesp
