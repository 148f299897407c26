// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>
#include <QStringView>

#include <compare>
#include <optional>

namespace Herald {

/// A CPython release version, the subset of PEP 440 that CPython uses: `X.Y`, `X.Y.Z`, and
/// the pre-releases `X.Y.ZaN`, `X.Y.ZbN` and `X.Y.ZrcN`.
///
/// Ordering follows PEP 440: a missing micro number counts as zero, so the series-only `3.13`
/// compares equal to `3.13.0` (the final release) and sorts after `3.13.0rc1`, though
/// toString() keeps the form it was written in. Pre-releases sort before their final release:
/// `3.13.0a6 < 3.13.0b1 < 3.13.0rc1 < 3.13.0 < 3.13.1`.
class Version final
{
public:
    enum class Stage { Alpha, Beta, Candidate, Final };

    /// The null version, 0.0.
    Version() = default;
    /// `micro` < 0 makes a series-only version (`X.Y`). A Final stage ignores `stageNumber`.
    Version(int major, int minor, int micro = -1, Stage stage = Stage::Final, int stageNumber = 0);

    /// Reads `3.13`, `3.13.0`, `3.13.0a6`, `3.13.0b1`, `3.13.0rc1` (or `c1`), in any case, with an
    /// optional leading `v` or `Python`, PEP 440's optional `.`, `-` or `_` before the stage,
    /// and the spelled-out stages of python-releases.json (`3.14.0 alpha 1`, `3.14.0 candidate 2`,
    /// `3.9.0 final`). Returns nothing for anything else, including a stage without its number.
    static std::optional<Version> parse(QStringView text);
    /// Reads only the canonical form toString() writes (`3.13`, `3.13.1`, `3.13.0rc1`, `3.13.0a6`):
    /// what Herald stored itself, read back quickly.
    static std::optional<Version> parseCanonical(QStringView text);

    [[nodiscard]] bool isNull() const { return m_major == 0 && m_minor == 0 && m_micro < 0; }
    [[nodiscard]] int major() const { return m_major; }
    [[nodiscard]] int minor() const { return m_minor; }
    /// The micro number, or -1 for a series-only version.
    [[nodiscard]] int micro() const { return m_micro; }
    [[nodiscard]] bool hasMicro() const { return m_micro >= 0; }
    [[nodiscard]] Stage stage() const { return m_stage; }
    /// N of aN, bN or rcN; 0 for a final release.
    [[nodiscard]] int stageNumber() const { return m_stageNumber; }
    [[nodiscard]] bool isPrerelease() const { return m_stage != Stage::Final; }

    /// `"3.13"`: the feature series the version belongs to.
    [[nodiscard]] QString series() const;
    /// The canonical PEP 440 form: `3.13.0rc1`, `3.13.1`, `3.13`.
    [[nodiscard]] QString toString() const;

    friend std::strong_ordering operator<=>(const Version &a, const Version &b);
    friend bool operator==(const Version &a, const Version &b) { return (a <=> b) == 0; }

private:
    int m_major = 0;
    int m_minor = 0;
    int m_micro = -1;
    Stage m_stage = Stage::Final;
    int m_stageNumber = 0;
};

} // namespace Herald
