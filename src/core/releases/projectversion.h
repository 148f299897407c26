// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QList>
#include <QString>
#include <QStringView>
#include <QVariant>

#include <compare>
#include <optional>

namespace Herald {

/// The version of any project's release, as the projects Herald follows write them: PEP 440
/// (`1.2.3rc1`, `1!2.0`, `1.2.3.post1`, `2.0.dev3`), SemVer 2.0 (`1.2.3-rc.1`, `2.0.0-beta.2`,
/// `1.0.0+build.5`) and CalVer (`2024.10.1`, `24.04`), with or without a leading `v`.
///
/// Ordering follows PEP 440, which SemVer and CalVer agree with where they overlap: the epoch,
/// then the release numbers (missing ones count as zero), then a development release of a
/// final before any pre-release, pre-releases before the final, the final before its
/// post-releases, and a `.devN` before what it is the development of. Pre-release labels are
/// compared as SemVer compares its identifiers (numbers as numbers, below words; words in
/// ASCII order; fewer identifiers first). PEP 440's spellings are made one (`alpha` is `a`,
/// `beta` is `b`, and `c`, `pre` and `preview` are `rc`); SemVer's, after a hyphen, stay as
/// written, so `1.0.0-rc.1` and `1.0.0rc1` are one release while `-preview.7` comes before
/// `-rc.1`. Local versions (`+ubuntu1`) and build metadata are kept in the text but never
/// ordered by.
class ProjectVersion final
{
public:
    enum class Scheme {
        Pep440, ///< or anything written in its forms
        SemVer, ///< a pre-release after a hyphen, in dotted identifiers
        CalVer, ///< a year first: 2024.10.1, 24.04
    };

    /// Reads a version on its own (`v1.2.3`, `1.2.3rc1`, `1.2.3-beta.2`); nothing for text
    /// that is not one.
    static std::optional<ProjectVersion> parse(QStringView text);
    /// Finds the version in a release's tag or title: `v1.2.3`, `release-1.2.3`, `django-5.1.4`,
    /// `pkg@1.2.3`, `1.2.3.post1`, "Django 5.1.4 released", "Release 2.0 (LTS)". A version
    /// needs two numbers unless it is the whole tag (`v7`). `project`, when given, is a prefix
    /// the tag may carry (`requests-2.32.3`).
    static std::optional<ProjectVersion> find(QStringView text, QStringView project = {});

    [[nodiscard]] Scheme scheme() const { return m_scheme; }
    [[nodiscard]] int epoch() const { return m_epoch; }
    [[nodiscard]] const QList<int> &release() const { return m_release; }
    /// The pre-release label: `{"rc", 1}` (PEP 440's stages made one), or SemVer's identifiers
    /// as written, numbers as their digits: `{"beta", "2"}`.
    [[nodiscard]] const QVariantList &prerelease() const { return m_pre; }
    [[nodiscard]] std::optional<int> post() const { return m_post; }
    [[nodiscard]] std::optional<int> dev() const { return m_dev; }
    /// Not a final release: a pre-release or a development release.
    [[nodiscard]] bool isPrerelease() const { return !m_pre.isEmpty() || m_dev.has_value(); }

    /// The first `parts` release numbers: `"5.1"` for 5.1.4 and 2, `"5"` for 1.
    [[nodiscard]] QString series(int parts = 2) const;
    /// As written, without a leading `v`.
    [[nodiscard]] QString toString() const { return m_text; }

    friend std::strong_ordering operator<=>(const ProjectVersion &a, const ProjectVersion &b);
    friend bool operator==(const ProjectVersion &a, const ProjectVersion &b) { return (a <=> b) == 0; }

private:
    QString m_text;
    Scheme m_scheme = Scheme::Pep440;
    int m_epoch = 0;
    QList<int> m_release;
    QVariantList m_pre; ///< identifiers: int or QString
    std::optional<int> m_post;
    std::optional<int> m_dev;
};

} // namespace Herald
