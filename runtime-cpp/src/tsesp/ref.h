// Intrusive reference counting for every heap value a TS program creates (class instances, arrays,
// closures, boxed variables, string storage). Calling context: TS loop only (counts are not atomic).
// Ownership: an Object starts with one count owned by whoever called `new`; make<T>() adopts it into
// a Ref. A Ref<T> owns one count; `const T&` / raw `T*` borrow; std::move transfers. When the last
// Ref goes the object is deleted at once (deterministic). Cycles (a -> b -> a) are never freed: they
// leak, by design, until issue 4 brings weak references; they never corrupt memory.
// instanceof works without RTTI: each class has a static ClassInfo naming its parent.
// retain/release appear only in this file.
#pragma once

#include <cstddef>
#include <cstdint>
#include <type_traits>
#include <utility>

namespace tsesp {

class ObjectInspection;

/** One per TS class: a name for printing and the parent's info for instanceof. */
struct ClassInfo {
  const char* name;
  const ClassInfo* parent;  // nullptr for a root class
};

/** Base of every reference-counted heap value. */
class Object {
 public:
  Object() = default;
  Object(const Object&) = delete;
  Object& operator=(const Object&) = delete;
  virtual ~Object() = default;
  /** The dynamic class, for instanceof and console.log; plain heap values return nullptr. */
  virtual const ClassInfo* classInfo() const { return nullptr; }
  /** Lists the fields for console.log (generated per class and object-literal type). */
  virtual void tsesp_inspect(ObjectInspection&) const {}
  /** True when exactly one Ref owns this value: it may then be changed in place unobserved. */
  bool uniquelyOwned() const { return refs_ == 1; }

 private:
  template <typename T>
  friend class Ref;
  uint32_t refs_ = 1;  // the creator's count; adopted by make<T>()
  void retain() { ++refs_; }
  void release() {
    if (--refs_ == 0) delete this;
  }
};

struct AdoptTag {};

/** An owning pointer to T (T derives from Object). Null means `undefined`/`null`. */
template <typename T>
class Ref {
 public:
  Ref() = default;
  Ref(std::nullptr_t) {}
  /** Borrowed pointer -> new owner (retains). */
  explicit Ref(T* p) : p_(p) {
    if (p_) p_->retain();
  }
  Ref(T* p, AdoptTag) : p_(p) {}
  Ref(const Ref& o) : p_(o.p_) {
    if (p_) p_->retain();
  }
  Ref(Ref&& o) noexcept : p_(o.p_) { o.p_ = nullptr; }
  template <typename U, typename = std::enable_if_t<std::is_convertible<U*, T*>::value>>
  Ref(const Ref<U>& o) : p_(o.get()) {
    if (p_) p_->retain();
  }
  ~Ref() {
    if (p_) p_->release();
  }
  Ref& operator=(const Ref& o) {
    Ref(o).swap(*this);
    return *this;
  }
  Ref& operator=(Ref&& o) noexcept {
    Ref(std::move(o)).swap(*this);
    return *this;
  }
  static Ref undefinedValue() { return Ref(); }
  void swap(Ref& o) noexcept { std::swap(p_, o.p_); }
  T* get() const { return p_; }
  T* operator->() const;
  T& operator*() const { return *operator->(); }
  explicit operator bool() const { return p_ != nullptr; }
  bool operator==(const Ref& o) const { return p_ == o.p_; }
  bool operator!=(const Ref& o) const { return p_ != o.p_; }

 private:
  T* p_ = nullptr;
};

/** Reports "TypeError: Cannot read properties of undefined" and stops the program. */
[[noreturn]] void panicUndefined();

template <typename T>
T* Ref<T>::operator->() const {
  if (!p_) panicUndefined();
  return p_;
}

/** `new T(args)` as a Ref: adopts the creator's count. */
template <typename T, typename... A>
Ref<T> make(A&&... args) {
  return Ref<T>(new T(std::forward<A>(args)...), AdoptTag{});
}

/** True if `info` is `target` or derives from it (the instanceof chain walk). */
inline bool isClassOrSubclass(const ClassInfo* info, const ClassInfo* target) {
  for (; info; info = info->parent)
    if (info == target) return true;
  return false;
}

/** `x instanceof C` for a class C lowered with a static `tsesp_class` member. */
template <typename C, typename T>
bool instanceOf(const Ref<T>& x) {
  return x && isClassOrSubclass(x->classInfo(), &C::tsesp_class);
}

/** The narrowed view of `x` after a passed instanceof check (TS narrowing): a checked static cast. */
template <typename C, typename T>
Ref<C> downcast(const Ref<T>& x) {
  return Ref<C>(static_cast<C*>(x.get()));
}

}  // namespace tsesp
