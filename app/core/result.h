#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace cd {

// An error as a value: a message a person can act on, and an optional machine-readable code.
struct Error
{
    QString message;
    QString code;
};

// Result<T>: either a value or an Error. Errors are never silent booleans.
template <typename T> class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_data(std::move(value))
    {
    }
    Result(Error error)
        : m_data(std::move(error))
    {
    }

    static Result failure(QString message, QString code = {})
    {
        return Result(Error{std::move(message), std::move(code)});
    }

    bool ok() const { return std::holds_alternative<T>(m_data); }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<T>(m_data); }
    T &value() & { return std::get<T>(m_data); }
    T &&value() && { return std::get<T>(std::move(m_data)); }
    const T *operator->() const { return &std::get<T>(m_data); }
    T *operator->() { return &std::get<T>(m_data); }

    const Error &error() const { return std::get<Error>(m_data); }
    QString errorMessage() const { return ok() ? QString() : error().message; }

private:
    std::variant<T, Error> m_data;
};

struct Unit
{
};

using Status = Result<Unit>;

inline Status success()
{
    return Status(Unit{});
}

} // namespace cd
