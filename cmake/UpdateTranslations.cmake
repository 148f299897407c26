# cmake -DLUPDATE=… -DSOURCE_DIR=… -DTS=… -DWORK=… -P UpdateTranslations.cmake
#
# Refreshes a .ts file from the sources, but rewrites it only when its content changes: lupdate
# itself always rewrites the file, which would make every build regenerate the .qm, the
# resources and everything linked against them.
file(COPY_FILE "${TS}" "${WORK}/lupdate-work.ts")
execute_process(
    COMMAND "${LUPDATE}" -silent -locations none -no-obsolete "${SOURCE_DIR}/src" "${SOURCE_DIR}/ui"
            -ts "${WORK}/lupdate-work.ts"
    RESULT_VARIABLE result)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "lupdate failed on ${TS}")
endif()
file(COPY_FILE "${WORK}/lupdate-work.ts" "${TS}" ONLY_IF_DIFFERENT)
