# SPDX-FileCopyrightText: 2026 Herald contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# FindCmarkGfm
# ------------
# Finds cmark-gfm and its GFM extensions library.
#
# libcmark-gfm ships a pkg-config file but (on Debian) no CMake package, and
# libcmark-gfm-extensions ships neither. So: use an upstream CMake package when
# one is installed, then pkg-config, then a plain search for headers and libraries.
#
# Imported target:  CmarkGfm::CmarkGfm  (core and extensions)
# Variables:        CmarkGfm_FOUND, CmarkGfm_VERSION

include(FindPackageHandleStandardArgs)

find_package(cmark-gfm CONFIG QUIET)
if(cmark-gfm_FOUND AND TARGET libcmark-gfm AND TARGET libcmark-gfm-extensions)
    set(_cmark_core libcmark-gfm)
    set(_cmark_ext libcmark-gfm-extensions)
    set(CmarkGfm_VERSION "${cmark-gfm_VERSION}")
else()
    find_package(PkgConfig QUIET)
    if(PKG_CONFIG_FOUND)
        pkg_check_modules(PC_CMARK_GFM QUIET libcmark-gfm)
        set(CmarkGfm_VERSION "${PC_CMARK_GFM_VERSION}")
    endif()
    find_path(CmarkGfm_INCLUDE_DIR NAMES cmark-gfm.h HINTS ${PC_CMARK_GFM_INCLUDE_DIRS})
    find_path(CmarkGfm_EXTENSIONS_INCLUDE_DIR NAMES cmark-gfm-core-extensions.h
        HINTS ${PC_CMARK_GFM_INCLUDE_DIRS})
    find_library(CmarkGfm_LIBRARY NAMES cmark-gfm libcmark-gfm HINTS ${PC_CMARK_GFM_LIBRARY_DIRS})
    find_library(CmarkGfm_EXTENSIONS_LIBRARY NAMES cmark-gfm-extensions libcmark-gfm-extensions
        HINTS ${PC_CMARK_GFM_LIBRARY_DIRS})
    if(NOT CmarkGfm_VERSION AND CmarkGfm_INCLUDE_DIR AND EXISTS "${CmarkGfm_INCLUDE_DIR}/cmark-gfm_version.h")
        file(STRINGS "${CmarkGfm_INCLUDE_DIR}/cmark-gfm_version.h" _cmark_version_line
            REGEX "#define CMARK_GFM_VERSION_STRING")
        string(REGEX MATCH "[0-9]+\\.[0-9]+\\.[0-9]+" CmarkGfm_VERSION "${_cmark_version_line}")
    endif()
    mark_as_advanced(CmarkGfm_INCLUDE_DIR CmarkGfm_EXTENSIONS_INCLUDE_DIR
        CmarkGfm_LIBRARY CmarkGfm_EXTENSIONS_LIBRARY)
endif()

if(_cmark_core)
    find_package_handle_standard_args(CmarkGfm REQUIRED_VARS _cmark_core _cmark_ext
        VERSION_VAR CmarkGfm_VERSION)
else()
    find_package_handle_standard_args(CmarkGfm
        REQUIRED_VARS CmarkGfm_LIBRARY CmarkGfm_EXTENSIONS_LIBRARY CmarkGfm_INCLUDE_DIR
                      CmarkGfm_EXTENSIONS_INCLUDE_DIR
        VERSION_VAR CmarkGfm_VERSION)
endif()

if(CmarkGfm_FOUND AND NOT TARGET CmarkGfm::CmarkGfm)
    add_library(CmarkGfm::CmarkGfm INTERFACE IMPORTED)
    if(_cmark_core)
        target_link_libraries(CmarkGfm::CmarkGfm INTERFACE ${_cmark_ext} ${_cmark_core})
    else()
        target_include_directories(CmarkGfm::CmarkGfm INTERFACE
            "${CmarkGfm_INCLUDE_DIR}" "${CmarkGfm_EXTENSIONS_INCLUDE_DIR}")
        target_link_libraries(CmarkGfm::CmarkGfm INTERFACE
            "${CmarkGfm_EXTENSIONS_LIBRARY}" "${CmarkGfm_LIBRARY}")
    endif()
endif()
