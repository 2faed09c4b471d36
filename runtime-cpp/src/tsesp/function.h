// Closures. tsesp::Function<R(A...)> is a TS function value: a counted heap object wrapping a C++
// lambda (captures copy Refs, so a closure keeps what it uses alive). tsesp::Box<T> is a shared
// mutable cell for a local variable that a closure captures and someone assigns: every closure and
// the enclosing scope see the same cell. A `let` in a loop gets a fresh Box per iteration (the
// lowering makes one per pass), which gives JS's per-iteration bindings.
// Calling context: TS loop. Ownership: copies share the callable/cell; the last copy frees it.
// Calling an undefined Function is a TypeError (panic), never UB. A callable taking only the leading
// parameters converts too (TS allows a callback with fewer parameters): it gets those arguments.
#pragma once

#include <cstddef>
#include <tuple>
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
  // How many of the leading parameters A... a callable L takes (-1: none fits): TS lets a callback
  // declare fewer parameters than its function type (`(code) => ...` for `(code, msg) => void`).
  template <typename L, typename Seq>
  struct TakesPrefix;
  template <typename L, size_t... I>
  struct TakesPrefix<L, std::index_sequence<I...>>
      : std::is_invocable<L&, std::tuple_element_t<I, std::tuple<A...>>...> {};
  template <typename L, size_t N = sizeof...(A)>
  static constexpr int prefixArity() {
    if constexpr (TakesPrefix<L, std::make_index_sequence<N>>::value)
      return static_cast<int>(N);
    else if constexpr (N == 0)
      return -1;
    else
      return prefixArity<L, N - 1>();
  }
  template <typename L>
  struct Closure final : Callable {
    explicit Closure(L f) : fn(std::move(f)) {}
    R call(A... args) override { return callWith(std::make_index_sequence<prefixArity<L>()>(), args...); }
    template <size_t... I>
    R callWith(std::index_sequence<I...>, A&... args) {
      std::tuple<A&...> all(args...);
      if constexpr (std::is_void<R>::value)
        fn(std::get<I>(all)...);  // a TS callback typed `() => void` may still return a value: dropped
      else
        return fn(std::get<I>(all)...);
    }
    L fn;
  };

 public:
  Function() = default;
  Function(std::nullptr_t) {}
  template <typename L, typename = std::enable_if_t<!std::is_same<std::decay_t<L>, Function>::value &&
                                                    (prefixArity<L>() >= 0)>>
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
