# SPDX-FileCopyrightText: 2026 Herald contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# The Debian package (`scripts/package`, which runs cpack -G DEB on the ci preset's build, the
# one the tests have just passed). Its library dependencies are computed by dpkg-shlibdeps from
# what the binary links. Only what Qt loads at run time as plugins is named here, because no
# tool can see a dlopen(): without Qt's SQLite driver Herald cannot open its database, and
# without the SVG icon engine it has no icons.
set(CPACK_PACKAGE_NAME herald)
set(CPACK_PACKAGE_VENDOR "Herald contributors")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "reader for Python release announcements")
set(CPACK_PACKAGE_DESCRIPTION
    "Herald tells you, without polling websites, when a Python release is out,\n"
    "what is in it, and whether the Pythons you run are still supported. It keeps\n"
    "every Python Insider post offline, shows a timeline of every Python series\n"
    "with its lifecycle, finds the Pythons installed on the machine, and follows\n"
    "the releases of other projects on GitHub, PyPI, Discourse or any RSS or Atom\n"
    "feed, with a tray icon and desktop notifications.")
string(REPLACE ";" "" CPACK_PACKAGE_DESCRIPTION "${CPACK_PACKAGE_DESCRIPTION}")
set(CPACK_PACKAGE_CONTACT "Herald contributors <herald@herald.app>")
set(CPACK_PACKAGE_HOMEPAGE_URL "${HERALD_HOMEPAGE_URL}")
set(CPACK_STRIP_FILES ON)
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_INSTALL_DIRECTORY herald)

set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION net)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, qt6-svg-plugins")
# Menus and toolbars take their icons from the desktop's theme, and from Breeze where the
# desktop names none. Not "| adwaita-icon-theme": GNOME's theme, which most systems already
# have, holds only symbolic icons under other names, and the toolbar would have none.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "kf6-breeze-icon-theme")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)

include(CPack)
