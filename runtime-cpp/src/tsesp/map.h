// tsesp::Map<K, V> and tsesp::Set<T>: JS Map and Set, counted handles (shared by reference) to
// insertion-ordered entries. Keys compare with SameValueZero (numbers by value with NaN equal to NaN,
// strings by content, objects by identity). Lookup is a linear scan: sketch maps are small, and
// the order and memory stay predictable on a device.
// Iteration (forEach, for...of) walks the entries by position and re-reads the count each step, so
// entries added during iteration are visited and deleted ones are skipped, as in JS. A deleted entry
// leaves a hole that is reclaimed when no iteration is running (Iteration guards count them).
// Calling context: TS loop. Ownership: copies share the table; the last handle frees it.
#pragma once

#include <type_traits>
#include <utility>
#include <vector>

#include "tsesp/array.h"
#include "tsesp/optional.h"
#include "tsesp/ref.h"

namespace tsesp {

template <typename K, typename V>
class TableData final : public Object {
 public:
  std::vector<K> keys;
  std::vector<V> values;
  std::vector<bool> live;
  size_t size = 0;
  int iterations = 0;  // running forEach / for...of loops: no compaction meanwhile

  long find(const K& key) const {
    for (size_t i = 0; i < keys.size(); ++i)
      if (live[i] && sameValueZero(keys[i], key)) return static_cast<long>(i);
    return -1;
  }
  void add(const K& key, const V& value) {
    long at = find(key);
    if (at >= 0) {
      values[static_cast<size_t>(at)] = value;
      return;
    }
    compactIfWorthIt();
    keys.push_back(key);
    values.push_back(value);
    live.push_back(true);
    ++size;
  }
  bool remove(const K& key) {
    long at = find(key);
    if (at < 0) return false;
    size_t i = static_cast<size_t>(at);
    live[i] = false;
    keys[i] = undefinedOf<K>();  // drop the references now
    values[i] = undefinedOf<V>();
    --size;
    return true;
  }
  void clear() {
    for (size_t i = 0; i < keys.size(); ++i) live[i] = false;
    size = 0;
    if (iterations == 0) {
      keys.clear();
      values.clear();
      live.clear();
    }
  }

 private:
  void compactIfWorthIt() {
    size_t holes = keys.size() - size;
    if (iterations > 0 || holes < 8 || holes < size) return;
    size_t out = 0;
    for (size_t i = 0; i < keys.size(); ++i) {
      if (!live[i]) continue;
      keys[out] = std::move(keys[i]);
      values[out] = std::move(values[i]);
      live[out] = true;
      ++out;
    }
    keys.resize(out);
    values.resize(out);
    live.resize(out);
  }
};

/** Keeps a table from compacting while a loop walks it by position. */
template <typename K, typename V>
class Iteration {
 public:
  explicit Iteration(Ref<TableData<K, V>> d) : d_(std::move(d)) { ++d_->iterations; }
  ~Iteration() { --d_->iterations; }
  Iteration(const Iteration&) = delete;
  Iteration& operator=(const Iteration&) = delete;

 private:
  Ref<TableData<K, V>> d_;
};

template <typename K, typename V>
class Map {
 public:
  Map() : d_(make<TableData<K, V>>()) {}
  static Map undefinedValue() { return Map(Ref<TableData<K, V>>()); }
  bool isUndefined() const { return !d_; }

  double size() const { return static_cast<double>(d_->size); }
  Optional<V> get(const K& key) const {
    long at = d_->find(key);
    if (at < 0) return undefined;
    return d_->values[static_cast<size_t>(at)];
  }
  Map set(const K& key, const V& value) const {
    d_->add(key, value);
    return *this;
  }
  bool has(const K& key) const { return d_->find(key) >= 0; }
  /** JS `delete` (a C++ keyword). */
  bool remove(const K& key) const { return d_->remove(key); }
  void clear() const { d_->clear(); }
  template <typename F>
  void forEach(F f) const {
    Iteration<K, V> guard(d_);
    for (size_t i = 0; i < d_->keys.size(); ++i) {
      if (!d_->live[i]) continue;
      K key = d_->keys[i];
      V value = d_->values[i];
      if constexpr (std::is_invocable<F&, const V&, const K&, const Map&>::value)
        f(value, key, *this);
      else if constexpr (std::is_invocable<F&, const V&, const K&>::value)
        f(value, key);
      else
        f(value);
    }
  }
  // for...of support (statements/ForOfStatement.ts): positions, liveness, entries
  const Ref<TableData<K, V>>& table() const { return d_; }
  double positions() const { return static_cast<double>(d_->keys.size()); }
  bool liveAt(double i) const { return d_->live[static_cast<size_t>(i)]; }
  K keyAt(double i) const { return d_->keys[static_cast<size_t>(i)]; }
  V valueAt(double i) const { return d_->values[static_cast<size_t>(i)]; }
  bool operator==(const Map& o) const { return d_ == o.d_; }

 private:
  explicit Map(Ref<TableData<K, V>> d) : d_(std::move(d)) {}
  Ref<TableData<K, V>> d_;
};

template <typename T>
class Set {
 public:
  Set() : d_(make<TableData<T, bool>>()) {}
  /** new Set(items): the distinct items in first-seen order. */
  explicit Set(const Array<T>& items) : Set() {
    for (const T& item : items.items()) d_->add(item, true);
  }
  static Set undefinedValue() { return Set(Ref<TableData<T, bool>>()); }
  bool isUndefined() const { return !d_; }

  double size() const { return static_cast<double>(d_->size); }
  Set add(const T& value) const {
    d_->add(value, true);
    return *this;
  }
  bool has(const T& value) const { return d_->find(value) >= 0; }
  bool remove(const T& value) const { return d_->remove(value); }
  void clear() const { d_->clear(); }
  template <typename F>
  void forEach(F f) const {
    Iteration<T, bool> guard(d_);
    for (size_t i = 0; i < d_->keys.size(); ++i) {
      if (!d_->live[i]) continue;
      T value = d_->keys[i];
      if constexpr (std::is_invocable<F&, const T&, const T&, const Set&>::value)
        f(value, value, *this);
      else if constexpr (std::is_invocable<F&, const T&, const T&>::value)
        f(value, value);
      else
        f(value);
    }
  }
  const Ref<TableData<T, bool>>& table() const { return d_; }
  double positions() const { return static_cast<double>(d_->keys.size()); }
  bool liveAt(double i) const { return d_->live[static_cast<size_t>(i)]; }
  T keyAt(double i) const { return d_->keys[static_cast<size_t>(i)]; }
  bool operator==(const Set& o) const { return d_ == o.d_; }

 private:
  explicit Set(Ref<TableData<T, bool>> d) : d_(std::move(d)) {}
  Ref<TableData<T, bool>> d_;
};

template <typename K, typename V>
bool truthy(const Map<K, V>& m) {
  return !m.isUndefined();
}
template <typename T>
bool truthy(const Set<T>& s) {
  return !s.isUndefined();
}

}  // namespace tsesp

namespace tsesp {

/** A for...of loop's guard: `auto guard = tsesp::iterationOf(m);` (no compaction while it lives). */
template <typename K, typename V>
Iteration<K, V> iterationOf(const Map<K, V>& m) {
  return Iteration<K, V>(m.table());
}
template <typename T>
Iteration<T, bool> iterationOf(const Set<T>& s) {
  return Iteration<T, bool>(s.table());
}

}  // namespace tsesp
