# SPDX-FileCopyrightText: 2026 Herald contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# cmake -DLUPDATE=… -DSOURCE_DIR=… -DTS=… -DWORK=… [-DPLURALS_ONLY=ON] -P UpdateTranslations.cmake
#
# Refreshes a .ts file from the sources, but rewrites it only when its content changes: lupdate
# itself always rewrites the file, which would make every build regenerate the .qm, the
# resources and everything linked against them.
get_filename_component(name "${TS}" NAME)
set(work "${WORK}/lupdate-${name}")
file(COPY_FILE "${TS}" "${work}")
set(extra)
if(PLURALS_ONLY)
    set(extra -pluralonly)
endif()
execute_process(
    COMMAND "${LUPDATE}" -silent -locations none -no-obsolete ${extra} "${SOURCE_DIR}/src" "${SOURCE_DIR}/ui"
            -ts "${work}"
    RESULT_VARIABLE result)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "lupdate failed on ${TS}")
endif()
file(COPY_FILE "${work}" "${TS}" ONLY_IF_DIFFERENT)
