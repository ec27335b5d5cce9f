#pragma once

#include "Status.h"

#include <optional>
#include <utility>

// The outcome of a read or of a service call that yields something: the value, or a failed
// Status saying what went wrong. "Nothing there" is a value (an empty list, an empty
// std::optional), never a failure: a failed query must reach the user, not look like no data.
template <class T>
class [[nodiscard]] Result
{
public:
    Result(T value) : m_value(std::move(value)) {}
    // Only failures: a successful Result always carries its value.
    Result(Status failure) : m_status(std::move(failure)) { Q_ASSERT(!m_status.ok()); }

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    const Status& status() const { return m_status; }

    const T& value() const& { return *m_value; }
    T& value() & { return *m_value; }
    T&& value() && { return std::move(*m_value); }
    const T& operator*() const& { return *m_value; }
    T& operator*() & { return *m_value; }
    const T* operator->() const { return &*m_value; }
    T* operator->() { return &*m_value; }
    // The value, or `fallback` when the read failed (only where a failure was already reported).
    T valueOr(T fallback) const { return m_value ? *m_value : std::move(fallback); }

private:
    std::optional<T> m_value;
    Status m_status;
};
