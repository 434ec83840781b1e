# The Debian package `kassa` (CPack DEB): `cpack -G DEB --config <build>/CPackConfig.cmake` after a build of
# kassa and kassactl. docs/packaging.md says what it installs; tests/packaging checks the package it makes.
#
# Files for / rather than /usr (/etc, /lib/udev, /lib/systemd) are in the component `kassa_system`, which is
# EXCLUDE_FROM_ALL: a developer's `cmake --install <build> --prefix ~/x` never writes to the machine's /etc.
# CPack packs every component into one package (ALL_COMPONENTS_IN_ONE); its DEB generator stages with DESTDIR
# (CPACK_SET_DESTDIR is on internally, prefix /usr), so those absolute destinations land in the package, never
# on the machine that builds it (tests/packaging checks both).

# The package is the till's: a core-only build (KASSA_GUI=OFF) has no kassa to package.
if(NOT KASSA_GUI)
    return()
endif()

set(KASSA_PACKAGE_MAINTAINER "Kassa maintainers <maintainers@users.noreply.h-seed-21e6b8a6.example>"
    CACHE STRING "Maintainer field of the Debian package")
set(KASSA_PKG_DIR "${PROJECT_SOURCE_DIR}/packaging")
set(KASSA_PKG_DOC "share/doc/kassa")

# The till's launcher and icon.
install(FILES "${KASSA_PKG_DIR}/desktop/kassa.desktop" DESTINATION share/applications)
install(FILES "${KASSA_PKG_DIR}/icons/kassa.svg" DESTINATION share/icons/hicolor/scalable/apps)
install(FILES "${KASSA_PKG_DIR}/metainfo/kassa.metainfo.xml" DESTINATION share/metainfo)

# The boutique's rules: `kassactl demo` looks for them in ../share/kassa/rules next to the installed kassactl.
install(FILES "${PROJECT_SOURCE_DIR}/resources/rules/boutique.json" DESTINATION share/kassa/rules)

# The kiosk session: a display manager's session that runs only the till, restarted when it exits.
install(FILES "${KASSA_PKG_DIR}/kiosk/kassa-kiosk.desktop" DESTINATION share/xsessions)
install(PROGRAMS "${KASSA_PKG_DIR}/kiosk/kassa-kiosk-session" DESTINATION libexec/kassa)

# Documentation, the copyright and the (native) Debian changelog, gzipped as policy wants (-n: no timestamp).
configure_file("${KASSA_PKG_DIR}/debian/changelog.in" "${CMAKE_BINARY_DIR}/packaging/changelog" @ONLY)
execute_process(COMMAND gzip -9nf "${CMAKE_BINARY_DIR}/packaging/changelog" COMMAND_ERROR_IS_FATAL ANY)
install(FILES "${CMAKE_BINARY_DIR}/packaging/changelog.gz" "${KASSA_PKG_DIR}/debian/copyright"
              "${PROJECT_SOURCE_DIR}/docs/packaging.md" "${PROJECT_SOURCE_DIR}/docs/nightly.md"
        DESTINATION "${KASSA_PKG_DOC}")
install(FILES "${KASSA_PKG_DIR}/debian/kassa.lintian-overrides" DESTINATION share/lintian/overrides
        RENAME kassa)

# System locations (absolute): the configuration (a conffile), udev rules and the nightly timer.
install(FILES "${KASSA_PKG_DIR}/etc/kassa.conf" DESTINATION /etc/kassa
        COMPONENT kassa_system EXCLUDE_FROM_ALL)
install(FILES "${KASSA_PKG_DIR}/udev/69-kassa-usb.rules" DESTINATION /lib/udev/rules.d
        COMPONENT kassa_system EXCLUDE_FROM_ALL)
install(FILES "${KASSA_PKG_DIR}/systemd/kassa-nightly.service" "${KASSA_PKG_DIR}/systemd/kassa-nightly.timer"
        DESTINATION /lib/systemd/system COMPONENT kassa_system EXCLUDE_FROM_ALL)

set(CPACK_GENERATOR "DEB")
set(CPACK_PACKAGE_NAME "kassa")
set(CPACK_PACKAGE_VENDOR "Kassa")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_CONTACT "${KASSA_PACKAGE_MAINTAINER}")
set(CPACK_PACKAGING_INSTALL_PREFIX "/usr")
set(CPACK_STRIP_FILES ON)
set(CPACK_DEB_COMPONENT_INSTALL ON)
set(CPACK_COMPONENTS_GROUPING ALL_COMPONENTS_IN_ONE)
set(CPACK_COMPONENTS_ALL Unspecified kassa_system)

set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_NAME "kassa")
set(CPACK_DEBIAN_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${KASSA_PACKAGE_MAINTAINER}")
set(CPACK_DEBIAN_PACKAGE_SECTION "misc")
set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
# CPack indents the extended description (one space a line, " ." for the empty line) and puts the summary first.
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION
    "Kassa is the till of a small shop (a boutique, a bakery, a hardware store): the
cashier scans products and the customer's loyalty card, Kassa greets the
customer and prices the basket under the shop's loyalty rules, explaining
every discount in English, Russian or Estonian.

The package installs the till (kassa), the command line tool (kassactl), udev
rules for USB barcode scanners and card readers, a nightly systemd timer
(points expiry, segments, the accountant's export, a verified backup) and a
kiosk session that shows only the till, full screen.")
# Libraries from dpkg-shlibdeps, plus what the maintainer scripts call.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "adduser")
# The camera key reads webcams through Qt Multimedia's GStreamer backend, whose V4L2 source is in plugins-good.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-translations-l10n, gstreamer1.0-plugins-good")
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "matchbox-window-manager, xdotool, lightdm")
set(CPACK_DEBIAN_PACKAGE_CONTROL_EXTRA
    "${KASSA_PKG_DIR}/debian/conffiles" "${KASSA_PKG_DIR}/debian/postinst"
    "${KASSA_PKG_DIR}/debian/prerm" "${KASSA_PKG_DIR}/debian/postrm")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
# xz is Debian's default; tests/packaging asks for gzip on the command line (-D) to stay quick.
set(CPACK_DEBIAN_COMPRESSION_TYPE "xz")

include(CPack)
