// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>
#include <QtGlobal>

#include <optional>
#include <type_traits>
#include <utility>
#include <variant>

namespace Herald {

/// Why something failed, in words for the user: what could not be done and what was in the
/// way, naming the file, URL or record ("Cannot write /home/ada/.config/autostart/…: Permission
/// denied"). Callers show it as it is, or put it after words of their own.
class Error final
{
public:
    explicit Error(QString message)
        : m_message(std::move(message))
    { }

    [[nodiscard]] const QString &message() const { return m_message; }

private:
    QString m_message;
};

/// What a call that can fail returns: its value, or the Error that stopped it. The core's one
/// way of telling failure: no `bool` with a lastError() to ask afterwards, no QString out-parameter.
///
/// A call whose answer can also be "there is none" keeps that apart from failing:
/// `Result<std::optional<Post>>` is a post, no such post, or a store that could not be read.
/// Two kinds of answer are not failures and keep their own shape: a reader that keeps what it
/// could read of a damaged document returns what it read with the problems it found (ParsedFeed,
/// MarkdownDocument), and an asynchronous request answers with an outcome that holds its error
/// beside what else it learned (HttpResponse, SyncOutcome: a 503 still brings its Retry-After).
///
/// The interface is the part of C++23's std::expected<T, Error> that Herald uses, under the
/// same names, with a failure made from an Error directly (`return Error(tr(…));`). It is
/// written here because the project builds as C++20, which has no std::expected; moving to it
/// later is a rename. Unlike std::expected, asking a failure for its value, or a value for its
/// error, is a programming error that stops the program with the message, instead of throwing.
template<typename T>
class Result;

namespace Detail {
template<typename T>
inline constexpr bool IsResult = false;
template<typename T>
inline constexpr bool IsResult<Result<T>> = true;
} // namespace Detail

template<typename T>
class [[nodiscard]] Result final
{
public:
    // Implicit, as std::expected's: `return value;`, `return std::nullopt;` (for an optional
    // T), `return {};` and `return Error(…);` all read naturally.
    // Explicit where T's own conversion is (QList from a size), and never from another Result:
    // a failed Result<void> must not become a Result<bool> holding false.
    template<typename U = T>
        requires(std::is_constructible_v<T, U &&> && !std::is_same_v<std::remove_cvref_t<U>, Error>
            && !Detail::IsResult<std::remove_cvref_t<U>>)
    explicit(!std::is_convertible_v<U &&, T>)
        Result(U &&value) // NOLINT(google-explicit-constructor,bugprone-forwarding-reference-overload)
        : m_state(std::in_place_index<0>, std::forward<U>(value))
    { }
    Result(Error error) // NOLINT(google-explicit-constructor)
        : m_state(std::in_place_index<1>, std::move(error))
    { }

    [[nodiscard]] bool has_value() const { return m_state.index() == 0; }
    explicit operator bool() const { return has_value(); }

    [[nodiscard]] const T &value() const &
    {
        expectValue();
        return std::get<0>(m_state);
    }
    [[nodiscard]] T &value() &
    {
        expectValue();
        return std::get<0>(m_state);
    }
    /// By value, not as std::expected's T&&: `for (x : call().value())` must not iterate a
    /// list inside a temporary that is gone before the loop runs.
    [[nodiscard]] T value() &&
    {
        expectValue();
        return std::get<0>(std::move(m_state));
    }
    /// The value, or `fallback` for a failure.
    template<typename U>
    [[nodiscard]] T value_or(U &&fallback) const &
    {
        return has_value() ? std::get<0>(m_state) : T(std::forward<U>(fallback));
    }

    [[nodiscard]] const T &operator*() const & { return value(); }
    [[nodiscard]] T &operator*() & { return value(); }
    [[nodiscard]] T operator*() && { return std::move(*this).value(); }
    const T *operator->() const { return &value(); }
    T *operator->() { return &value(); }

    [[nodiscard]] const Error &error() const
    {
        if (has_value()) {
            qFatal("Result::error() asked of a success");
        }
        return std::get<1>(m_state);
    }

private:
    void expectValue() const
    {
        if (!has_value()) {
            qFatal("Result::value() asked of a failure: %s", qPrintable(std::get<1>(m_state).message()));
        }
    }

    std::variant<T, Error> m_state;
};

/// A call that can fail and has nothing to give back when it works: a write.
template<>
class [[nodiscard]] Result<void> final
{
public:
    Result() = default;
    Result(Error error) // NOLINT(google-explicit-constructor)
        : m_error(std::move(error))
    { }

    [[nodiscard]] bool has_value() const { return !m_error.has_value(); }
    explicit operator bool() const { return has_value(); }

    [[nodiscard]] const Error &error() const
    {
        if (!m_error) {
            qFatal("Result::error() asked of a success");
        }
        return *m_error;
    }

private:
    std::optional<Error> m_error;
};

} // namespace Herald
