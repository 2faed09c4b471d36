// Unions of distinct C++ types (`string | number`, `Circle | Square`, `number | boolean[]`):
// tsesp::Variant<Ts...> is a tagged union (std::variant inside; never throws: a wrong get() is a
// panic, which the compiler's narrowing never emits). A value converts in implicitly (an exact
// alternative first, else the first one it converts to); narrowTo<T>(x) is the C++ side of TS
// narrowing (Optional -> T, Variant -> member or smaller Variant, Base -> Derived ref); typeOf(x) is
// JS's typeof; visit<R>(v, f) runs f on the held alternative (member access on a union of objects).
// inspect/toString/truthy/== forward to the held value, so unions print and compare as JS values.
// Calling context: any (printing: TS loop). Ownership: a Variant owns its alternative like a plain T.
#pragma once

#include <cstddef>
#include <type_traits>
#include <utility>
#include <variant>

#include "tsesp/array.h"
#include "tsesp/console.h"
#include "tsesp/function.h"
#include "tsesp/logical.h"
#include "tsesp/map.h"
#include "tsesp/number.h"
#include "tsesp/optional.h"
#include "tsesp/panic.h"
#include "tsesp/ref.h"
#include "tsesp/string.h"

namespace tsesp {

template <typename T, typename... Ts>
constexpr bool isAlternative() {
  return (std::is_same<T, Ts>::value || ...);
}

/** Index of the alternative a U converts to: the same type first, else the first convertible one. */
template <typename U, typename... Ts>
constexpr std::size_t alternativeFor() {
  constexpr bool same[] = {std::is_same<U, Ts>::value...};
  constexpr bool convertible[] = {std::is_convertible<const U&, Ts>::value...};
  for (std::size_t i = 0; i < sizeof...(Ts); ++i)
    if (same[i]) return i;
  for (std::size_t i = 0; i < sizeof...(Ts); ++i)
    if (convertible[i]) return i;
  return sizeof...(Ts);
}

template <typename... Ts>
class Variant;

template <typename T>
struct IsVariant : std::false_type {};
template <typename... Ts>
struct IsVariant<Variant<Ts...>> : std::true_type {};

template <typename... Ts>
class Variant {
 public:
  Variant() = default;
  template <typename U, typename D = std::decay_t<U>,
            typename = std::enable_if_t<!IsVariant<D>::value && (alternativeFor<D, Ts...>() < sizeof...(Ts))>>
  Variant(const U& value) : v_(std::in_place_index<alternativeFor<D, Ts...>()>, value) {}
  /** From a union with fewer members (or the same ones): widening keeps the held member. */
  template <typename... Us, typename = std::enable_if_t<(isAlternative<Us, Ts...>() && ...)>>
  Variant(const Variant<Us...>& other) {
    other.visit([this](const auto& value) { v_ = value; });
  }
  static Variant undefinedValue() { return Variant(); }

  std::size_t index() const { return v_.index(); }
  template <typename T>
  bool holds() const {
    return std::holds_alternative<T>(v_);
  }
  /** The held T; a panic if another member is held (narrowing guarantees it is not). */
  template <typename T>
  const T& get() const {
    const T* p = std::get_if<T>(&v_);
    if (!p) panic("TypeError", "union value narrowed to a member it does not hold");
    return *p;
  }
  /** f(held value); f is a generic lambda. */
  template <typename F>
  decltype(auto) visit(F&& f) const {
    return visitFrom<0>(f);
  }
  /** The same value as a union with fewer members (TS narrowed it); a panic if it is not one of them. */
  template <typename... Us>
  static Variant narrowedFrom(const Variant<Us...>& other) {
    return other.visit([](const auto& value) -> Variant {
      using V = std::decay_t<decltype(value)>;
      if constexpr (isAlternative<V, Ts...>()) {
        return Variant(value);
      } else {
        panic("TypeError", "union value narrowed to members it does not hold");
      }
    });
  }

 private:
  template <std::size_t I, typename F>
  decltype(auto) visitFrom(F& f) const {
    if constexpr (I + 1 < sizeof...(Ts)) {
      if (v_.index() != I) return visitFrom<I + 1>(f);
    }
    return f(*std::get_if<I>(&v_));
  }
  std::variant<Ts...> v_;
};

template <typename... Ts>
bool operator==(const Variant<Ts...>& a, const Variant<Ts...>& b) {
  if (a.index() != b.index()) return false;
  return a.visit([&b](const auto& x) { return x == b.template get<std::decay_t<decltype(x)>>(); });
}
template <typename... Ts>
bool operator!=(const Variant<Ts...>& a, const Variant<Ts...>& b) {
  return !(a == b);
}
/** `u === "on"`: equal only when the union holds that member with an equal value. */
template <typename U, typename... Ts, typename = std::enable_if_t<isAlternative<U, Ts...>()>>
bool operator==(const Variant<Ts...>& a, const U& b) {
  return a.template holds<U>() && a.template get<U>() == b;
}
template <typename U, typename... Ts, typename = std::enable_if_t<isAlternative<U, Ts...>()>>
bool operator==(const U& a, const Variant<Ts...>& b) {
  return b == a;
}
template <typename U, typename... Ts>
bool strictEquals(const Variant<Ts...>& a, const U& b) {
  return a == b;
}
template <typename U, typename... Ts>
bool strictEquals(const U& a, const Variant<Ts...>& b) {
  return b == a;
}
template <typename... Ts>
bool strictEquals(const Variant<Ts...>& a, const Variant<Ts...>& b) {
  return a == b;
}

/** `x.kind` / `x.area()` on a union of object types: f on the held member, converted to R. */
template <typename R, typename... Ts, typename F>
R visit(const Variant<Ts...>& v, F f) {
  return v.visit([&f](const auto& member) -> R { return f(member); });
}

/** `"radius" in shape`: the union holds one of the members that declare the property. */
template <typename... Members, typename... Ts>
bool holdsAny(const Variant<Ts...>& v) {
  return (v.template holds<Members>() || ...);
}

/** `x instanceof Dog` on a union (`Dog | Cat | null`): the held object's class chain. */
template <typename C, typename T>
bool instanceOf(const T&) {
  return false;
}
template <typename C, typename... Ts>
bool instanceOf(const Variant<Ts...>& v) {
  return v.visit([](const auto& x) { return instanceOf<C>(x); });
}
template <typename C, typename T>
bool instanceOf(const Optional<T>& o) {
  return !o.isNullish() && instanceOf<C>(o.value());
}

template <typename... Ts>
bool truthy(const Variant<Ts...>& v) {
  return v.visit([](const auto& x) { return truthy(x); });
}
template <typename... Ts>
String toString(const Variant<Ts...>& v) {
  return v.visit([](const auto& x) { return toString(x); });
}
template <typename... Ts>
String inspect(const Variant<Ts...>& v, InspectContext ctx) {
  return v.visit([ctx](const auto& x) { return inspect(x, ctx); });
}
template <typename... Ts>
String logPart(const Variant<Ts...>& v) {
  return v.visit([](const auto& x) { return console::logPart(x); });
}
template <typename... Ts>
String logPart(const Optional<Variant<Ts...>>& o) {
  return o.isNullish() ? inspect(o, InspectContext{}) : logPart(o.value());
}

inline String toString(Undefined) { return String("undefined"); }
inline String toString(Null) { return String("null"); }
/** `${x}` / "a" + x for x: T | null | undefined. */
template <typename T>
String toString(const Optional<T>& o) {
  if (o.isNull()) return String("null");
  return o.isUndefined() ? String("undefined") : toString(o.value());
}

// typeof x, as JS answers it for each C++ representation.
inline String typeOf(double) { return String("number"); }
inline String typeOf(bool) { return String("boolean"); }
inline String typeOf(const String& s) { return String(s.isUndefined() ? "undefined" : "string"); }
inline String typeOf(Undefined) { return String("undefined"); }
inline String typeOf(Null) { return String("object"); }
template <typename T>
String typeOf(const Ref<T>& r) {
  return String(r ? "object" : "undefined");
}
template <typename T>
String typeOf(const Array<T>& a) {
  return String(a.isUndefined() ? "undefined" : "object");
}
template <typename K, typename V>
String typeOf(const Map<K, V>& m) {
  return String(m.isUndefined() ? "undefined" : "object");
}
template <typename T>
String typeOf(const Set<T>& s) {
  return String(s.isUndefined() ? "undefined" : "object");
}
template <typename Sig>
String typeOf(const Function<Sig>& f) {
  return String(f ? "function" : "undefined");
}
template <typename T>
String typeOf(const Optional<T>& o) {
  if (o.isNull()) return String("object");
  return o.isUndefined() ? String("undefined") : typeOf(o.value());
}
template <typename... Ts>
String typeOf(const Variant<Ts...>& v) {
  return v.visit([](const auto& x) { return typeOf(x); });
}

/** The type of a variable in a `never` position (an exhaustive switch's default): never reached. */
struct Never {
  Never() = default;
  template <typename T>
  Never(const T&) {}
  template <typename T>
  operator T() const {
    panic("TypeError", "reached a value of type never");
  }
};
inline String inspect(Never, InspectContext) { panic("TypeError", "reached a value of type never"); }

// narrowTo<T>(x): x's value as the narrower type T that TS gives it at this use.
template <typename T, typename S>
struct Narrow {
  static T apply(const S& s) {
    if constexpr (std::is_same<T, Never>::value) {
      return Never(s);
    } else if constexpr (IsVariant<S>::value) {
      return narrowVariant(s);
    } else {
      return T(s);
    }
  }
  template <typename... Us>
  static T narrowVariant(const Variant<Us...>& v) {
    if constexpr (isAlternative<T, Us...>()) {
      return v.template get<T>();
    } else if constexpr (IsVariant<T>::value) {
      return T::narrowedFrom(v);
    } else {
      return v.visit([](const auto& x) -> T { return Narrow<T, std::decay_t<decltype(x)>>::apply(x); });
    }
  }
};
template <typename T>
struct Narrow<T, T> {
  static const T& apply(const T& s) { return s; }
};
template <typename T, typename U>
struct Narrow<T, Optional<U>> {
  static T apply(const Optional<U>& o) { return Narrow<T, U>::apply(o.value()); }
};
template <typename U>
struct Narrow<Undefined, Optional<U>> {
  static Undefined apply(const Optional<U>&) { return undefined; }
};
template <typename U>
struct Narrow<Null, Optional<U>> {
  static Null apply(const Optional<U>&) { return null; }
};
template <typename U>
struct Narrow<Never, Optional<U>> {
  static Never apply(const Optional<U>&) { return Never(); }
};
template <typename T, typename U>
struct Narrow<Optional<T>, Optional<U>> {
  static Optional<T> apply(const Optional<U>& o) {
    if (o.isNull()) return Optional<T>(null);
    if (o.isUndefined()) return Optional<T>(undefined);
    return Optional<T>(Narrow<T, U>::apply(o.value()));
  }
};
template <typename T>
struct Narrow<Optional<T>, Optional<T>> {
  static const Optional<T>& apply(const Optional<T>& o) { return o; }
};
template <typename C, typename B>
struct Narrow<Ref<C>, Ref<B>> {
  static Ref<C> apply(const Ref<B>& r) { return Ref<C>(static_cast<C*>(r.get())); }
};
template <typename C>
struct Narrow<Ref<C>, Ref<C>> {
  static const Ref<C>& apply(const Ref<C>& r) { return r; }
};

template <typename T, typename S>
decltype(auto) narrowTo(const S& s) {
  return Narrow<T, S>::apply(s);
}

/** `a || b` / `a && b` whose left operand has another C++ type than the result (`name || "anon"`
 * with name: string | undefined): the left is converted only when it is the value JS returns. */
template <typename R, typename L, typename F>
R logicalOrAs(const L& left, F right) {
  return truthy(left) ? R(narrowTo<R>(left)) : R(right());
}
template <typename R, typename L, typename F>
R logicalAndAs(const L& left, F right) {
  return truthy(left) ? R(right()) : R(narrowTo<R>(left));
}

/** `xs.filter(isWanted)` where TS narrows the element type (an inferred type predicate): the kept
 * elements as the narrower type (they all pass the predicate, so each narrowTo holds). */
template <typename T, typename S>
Array<T> narrowElements(const Array<S>& items) {
  Array<T> out;
  for (const S& item : items.items()) out.push(narrowTo<T>(item));
  return out;
}

/** `a?.b`, `a?.()`, `a?.[i]`: R's undefined when `a` is null or undefined, else f(a's value). */
template <typename R, typename T, typename F>
R optionalChain(const Optional<T>& base, F f) {
  if constexpr (std::is_void<R>::value) {
    if (!base.isNullish()) f(base.value());
  } else if constexpr (std::is_constructible<R, Undefined>::value) {
    return base.isNullish() ? R(undefined) : R(f(base.value()));
  } else {
    return base.isNullish() ? undefinedOf<R>() : R(f(base.value()));
  }
}
template <typename R, typename T, typename F>
R optionalChain(const T& base, F f) {
  if constexpr (std::is_void<R>::value) {
    if (!isUndefinedValue(base)) f(base);
  } else if constexpr (std::is_constructible<R, Undefined>::value) {
    return isUndefinedValue(base) ? R(undefined) : R(f(base));
  } else {
    // TS narrowed the base to defined (`const b: Base | undefined = d; b?.name` is a string)
    return isUndefinedValue(base) ? undefinedOf<R>() : R(f(base));
  }
}

}  // namespace tsesp
