# SPDX-FileCopyrightText: 2026 Herald contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# herald-options: the compile settings every Herald target shares. Link it PRIVATE.
add_library(herald-options INTERFACE)

target_compile_definitions(herald-options INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_URL_CAST_FROM_STRING
    QT_USE_QSTRINGBUILDER
    QT_NO_KEYWORDS
    QT_NO_CONTEXTLESS_CONNECT
    QT_NO_FOREACH
    QT_STRICT_ITERATORS
    QT_DISABLE_DEPRECATED_UP_TO=0x060500)

if(MSVC)
    target_compile_options(herald-options INTERFACE /W4 /permissive-)
    if(HERALD_WERROR)
        target_compile_options(herald-options INTERFACE /WX)
    endif()
else()
    target_compile_options(herald-options INTERFACE -Wall -Wextra -Wpedantic -Wshadow=local
        -Wnon-virtual-dtor -Woverloaded-virtual)
    if(HERALD_WERROR)
        target_compile_options(herald-options INTERFACE -Werror)
    endif()
endif()

if(HERALD_SANITIZE)
    target_compile_options(herald-options INTERFACE
        -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    target_link_options(herald-options INTERFACE -fsanitize=address,undefined)
endif()

# The fuzz preset: every Herald source carries libFuzzer's coverage instrumentation (clang).
if(HERALD_FUZZ)
    target_compile_options(herald-options INTERFACE -fsanitize=fuzzer-no-link)
endif()
