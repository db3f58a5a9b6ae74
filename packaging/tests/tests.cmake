# SPDX-License-Identifier: MIT
# Packaging checks, included from tests/CMakeLists.txt (ctest -L packaging; the slow .deb
# build and run is also labelled "package"). They run the installed or packaged app the way a
# learner would get it, so they need the whole build, content database included.
set(dir ${PROJECT_SOURCE_DIR}/packaging/tests)
set(env "QTWEBENGINE_DISABLE_SANDBOX=1")

set(sizes "")
if(CROSSROADS_RENDER_ICONS)
    set(sizes ${CROSSROADS_ICON_SIZES})
endif()
add_test(NAME packaging_metadata
    COMMAND bash ${dir}/check-metadata.sh ${CMAKE_BINARY_DIR} ${CROSSROADS_APP_ID} ${PROJECT_VERSION} ${sizes})
add_test(NAME packaging_flatpak_manifest
    COMMAND ${CMAKE_COMMAND} -DMANIFEST=${PROJECT_SOURCE_DIR}/packaging/flatpak/${CROSSROADS_APP_ID}.json
        -DAPP_ID=${CROSSROADS_APP_ID} -P ${dir}/check-flatpak.cmake)
add_test(NAME packaging_install
    COMMAND bash ${dir}/check-install.sh ${CMAKE_BINARY_DIR} ${CROSSROADS_APP_ID} ${PROJECT_VERSION})
add_test(NAME packaging_deb
    COMMAND bash ${dir}/check-deb.sh ${CMAKE_BINARY_DIR} ${CROSSROADS_APP_ID} ${PROJECT_VERSION})
set_tests_properties(packaging_metadata packaging_flatpak_manifest packaging_install PROPERTIES
    ENVIRONMENT "${env}" LABELS "packaging" TIMEOUT 300)
set_tests_properties(packaging_deb PROPERTIES ENVIRONMENT "${env}" LABELS "packaging;package" TIMEOUT 900)
# cmake --install and cpack both read the same build tree; one at a time keeps them apart.
set_tests_properties(packaging_install packaging_deb PROPERTIES RESOURCE_LOCK crossroads_install)
