# cmake --install and the Debian package (issue 21). Included from CMakeLists.txt.
#   <prefix>/bin/leerwerkplaats
#   <prefix>/share/leerwerkplaats/scenarios/*.lua       the bundled cases
#   <prefix>/share/leerwerkplaats/<x>                   assets/<x>: run-time data (app/core/store/runtime_dirs.hpp)
#   <prefix>/share/applications, metainfo, icons/hicolor, man    from assets/package/
#   <prefix>/share/doc/leerwerkplaats/                  copyright, changelog, the authoring guide
include(GNUInstallDirs)
# cmake --install and cpack need only what they install, not the tests (make deb builds the
# program and the package files; CI's own build builds everything).
set(CMAKE_SKIP_INSTALL_ALL_DEPENDENCY ON)

set(LWP_APP_ID nl.leerwerkplaats.Leerwerkplaats)
set(LWP_PACKAGE_DIR ${CMAKE_CURRENT_SOURCE_DIR}/assets/package)

install(TARGETS leerwerkplaats RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
install(DIRECTORY scenarios/ DESTINATION ${CMAKE_INSTALL_DATADIR}/leerwerkplaats/scenarios
        FILES_MATCHING PATTERN "*.lua")
install(DIRECTORY assets/ DESTINATION ${CMAKE_INSTALL_DATADIR}/leerwerkplaats
        PATTERN package EXCLUDE PATTERN README.md EXCLUDE)

# The desktop: entry, metainfo (version and licence filled in), icon as SVG and rendered PNGs.
configure_file(${LWP_PACKAGE_DIR}/${LWP_APP_ID}.metainfo.xml.in ${CMAKE_CURRENT_BINARY_DIR}/${LWP_APP_ID}.metainfo.xml @ONLY)
install(FILES ${LWP_PACKAGE_DIR}/${LWP_APP_ID}.desktop DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES ${CMAKE_CURRENT_BINARY_DIR}/${LWP_APP_ID}.metainfo.xml DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
install(FILES ${LWP_PACKAGE_DIR}/${LWP_APP_ID}.svg DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)

find_program(LWP_RSVG_CONVERT rsvg-convert)
if(NOT LWP_RSVG_CONVERT)
    message(FATAL_ERROR "rsvg-convert renders the icon's PNG sizes: install the Debian package librsvg2-bin (make deps does)")
endif()
set(LWP_GENERATED "")
foreach(size 32 48 64 128 256)
    set(png ${CMAKE_CURRENT_BINARY_DIR}/icons/${size}x${size}/${LWP_APP_ID}.png)
    add_custom_command(OUTPUT ${png}
        COMMAND ${CMAKE_COMMAND} -E make_directory ${CMAKE_CURRENT_BINARY_DIR}/icons/${size}x${size}
        COMMAND ${LWP_RSVG_CONVERT} --width=${size} --height=${size} --output=${png} ${LWP_PACKAGE_DIR}/${LWP_APP_ID}.svg
        DEPENDS ${LWP_PACKAGE_DIR}/${LWP_APP_ID}.svg VERBATIM)
    list(APPEND LWP_GENERATED ${png})
    install(FILES ${png} DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps)
endforeach()

# Manual pages and Debian's doc files, compressed as Debian wants them (gzip -n: reproducible).
function(lwp_gzip source output)
    add_custom_command(OUTPUT ${output}
        COMMAND gzip -9nc ${source} > ${output}
        DEPENDS ${source} VERBATIM)
    set(LWP_GENERATED ${LWP_GENERATED} ${output} PARENT_SCOPE)
endfunction()
lwp_gzip(${LWP_PACKAGE_DIR}/leerwerkplaats.1 ${CMAKE_CURRENT_BINARY_DIR}/man/leerwerkplaats.1.gz)
lwp_gzip(${LWP_PACKAGE_DIR}/leerwerkplaats.nl.1 ${CMAKE_CURRENT_BINARY_DIR}/man/nl/leerwerkplaats.1.gz)
lwp_gzip(${LWP_PACKAGE_DIR}/changelog ${CMAKE_CURRENT_BINARY_DIR}/doc/changelog.gz)
add_custom_target(lwp_package_files ALL DEPENDS ${LWP_GENERATED})
install(FILES ${CMAKE_CURRENT_BINARY_DIR}/man/leerwerkplaats.1.gz DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
install(FILES ${CMAKE_CURRENT_BINARY_DIR}/man/nl/leerwerkplaats.1.gz DESTINATION ${CMAKE_INSTALL_MANDIR}/nl/man1)
install(FILES ${LWP_PACKAGE_DIR}/copyright ${CMAKE_CURRENT_BINARY_DIR}/doc/changelog.gz DESTINATION ${CMAKE_INSTALL_DOCDIR})
install(FILES scenarios/README.md DESTINATION ${CMAKE_INSTALL_DOCDIR} RENAME scenario-handleiding.md)

# --- make deb: CPack DEB; Depends from dpkg-shlibdeps plus the fonts the program draws with and ---
# libcurl4, which the program opens with dlopen when it first sends learning records (app/lrs/client.cpp:
# CURLOPT_PROTOCOLS_STR needs 7.85), so dpkg-shlibdeps does not see it.
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME leerwerkplaats)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_CONTACT "${LWP_MAINTAINER}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "practise the Beter Samenspel method with anonymised cases")
set(CPACK_PACKAGE_DESCRIPTION "Leerwerkplaats is a desktop simulator for professionals in Dutch
youth protection and local teams. A trainee, alone or as a workshop group on
a projector, works through an anonymised case: reads the file, discovers
facts, makes decisions and sees their consequences, with feedback that cites
the Beter Samenspel method. The interface is Dutch, with English one menu
choice away.")
set(CPACK_PACKAGING_INSTALL_PREFIX ${CMAKE_INSTALL_PREFIX})
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)  # leerwerkplaats_<version>_amd64.deb
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "fonts-dejavu-core, libcurl4 (>= 7.85.0)")
set(CPACK_DEBIAN_PACKAGE_SECTION education)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
include(CPack)
