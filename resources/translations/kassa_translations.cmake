# The till's own translations (Qt Linguist), included from app/kassa/CMakeLists.txt after the kassa target.
#
# The build only runs lrelease: kassa_<lang>.qm lands next to the executable in translations/ (what main.cpp
# tries first) and is compiled into kassa as :/i18n/kassa_<lang>.qm (the fallback when the files are
# missing). The resources go to the executable, never to a static library, where the linker could drop them.
#
# lupdate is a developer's step (docs/development.md, "Translations"), never part of the build: the .ts files
# are sources, edited by translators. `cmake --build <dir> --target kassa_lupdate` refreshes them from the code.

set(KASSA_TRANSLATIONS_DIR "${PROJECT_SOURCE_DIR}/resources/translations")
set(KASSA_TS_FILES
    "${KASSA_TRANSLATIONS_DIR}/kassa_en.ts"
    "${KASSA_TRANSLATIONS_DIR}/kassa_ru.ts"
    "${KASSA_TRANSLATIONS_DIR}/kassa_et.ts")
# Where the .qm files are built; tests/translations reads it from the target and hands it to the widget tests.
set(KASSA_QM_DIR "${CMAKE_CURRENT_BINARY_DIR}/translations")
set_target_properties(kassa PROPERTIES KASSA_QM_DIR "${KASSA_QM_DIR}")

set_source_files_properties(${KASSA_TS_FILES} PROPERTIES OUTPUT_LOCATION "${KASSA_QM_DIR}")
qt_add_lrelease(kassa TS_FILES ${KASSA_TS_FILES} QM_FILES_OUTPUT_VARIABLE kassa_qm_files OPTIONS -silent)
qt_add_resources(kassa kassa_translations PREFIX "/i18n" BASE "${KASSA_QM_DIR}" FILES ${kassa_qm_files})
install(FILES ${kassa_qm_files} DESTINATION share/kassa/translations)

# The strings are read from every Qt source that calls tr(): the screens (ui/) and main.cpp. -I lets lupdate
# resolve the classes of `ReceiptDialog::tr(...)` outside their own file; -locations relative keeps the
# line numbers from churning the .ts files on every edit; -no-obsolete drops strings no longer in the code.
add_custom_target(kassa_lupdate
    COMMAND Qt6::lupdate "${PROJECT_SOURCE_DIR}/ui" "${PROJECT_SOURCE_DIR}/app/kassa"
            -I "${PROJECT_SOURCE_DIR}/ui/include" -source-language en -locations relative -no-obsolete
            -ts ${KASSA_TS_FILES}
    WORKING_DIRECTORY "${PROJECT_SOURCE_DIR}"
    COMMENT "Refreshing resources/translations/kassa_*.ts from ui/ and app/kassa/"
    VERBATIM)
