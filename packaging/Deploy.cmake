# Windows and macOS deployment: a self-contained install tree (and CPack package) with Qt, OpenSSL and
# QtKeychain inside. Linux packages use the distribution's libraries instead (see CMakeLists.txt).
# Written for Qt 6.4+ and CMake 3.21+; nothing here runs on Linux. See packaging/README.md.

if(NOT (WIN32 OR APPLE))
    return()
endif()

# windeployqt / macdeployqt through Qt's deployment API: copies the Qt libraries and the plugins the
# targets use (platforms, styles, tls, networkinformation, imageformats) next to the executables
# (Windows) or into Capsuleer.app (macOS), plus the Qt translations.
function(capsuleer_deploy_qt target)
    if(Qt6_VERSION VERSION_GREATER_EQUAL 6.5)
        qt_generate_deploy_app_script(TARGET ${target} OUTPUT_SCRIPT _script NO_UNSUPPORTED_PLATFORM_ERROR)
    else()
        qt_generate_deploy_app_script(TARGET ${target} FILENAME_VARIABLE _script NO_UNSUPPORTED_PLATFORM_ERROR)
    endif()
    install(SCRIPT ${_script} COMPONENT app)
endfunction()

if(WIN32)
    # EveSso.dll and EveSsoEmulator.dll already install into bin/ (lib/CMakeLists.txt), beside the
    # executables, since Windows has no RPATH.

    # QtKeychain: its DLL, from the imported target (Credential Store backend, nothing to load later).
    install(IMPORTED_RUNTIME_ARTIFACTS Qt6Keychain::Qt6Keychain
        RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR} COMPONENT app)

    # OpenSSL 3: libcrypto is linked by EveSso (JWT signatures); libssl is loaded at run time by Qt's
    # OpenSSL TLS plugin (plugins/tls/qopensslbackend.dll), which windeployqt copies but whose OpenSSL
    # DLLs it does not. Both must sit beside capsuleer.exe, else HTTPS to EVE SSO fails at run time.
    # The DLLs live in <OpenSSL root>/bin; FindOpenSSL gives the import libraries and <root>/include.
    get_filename_component(_openssl_root "${OPENSSL_INCLUDE_DIR}" DIRECTORY)
    set(_arch_suffix "")
    if(CMAKE_SIZEOF_VOID_P EQUAL 8)
        set(_arch_suffix "-x64")
    endif()
    foreach(_dll libcrypto-3${_arch_suffix}.dll libssl-3${_arch_suffix}.dll)
        string(MAKE_C_IDENTIFIER "CAPSULEER_OPENSSL_${_dll}" _var)
        find_file(${_var} ${_dll} HINTS "${OPENSSL_ROOT_DIR}" "${_openssl_root}" PATH_SUFFIXES bin NO_CACHE)
        if(NOT ${_var})
            message(FATAL_ERROR "Deploy: ${_dll} not found; set OPENSSL_ROOT_DIR to the OpenSSL 3 installation.")
        endif()
        install(FILES ${${_var}} DESTINATION ${CMAKE_INSTALL_BINDIR} COMPONENT app)
    endforeach()

    set_target_properties(capsuleer PROPERTIES WIN32_EXECUTABLE ON)
    capsuleer_deploy_qt(capsuleer)
    capsuleer_deploy_qt(evesso)
elseif(APPLE)
    install(TARGETS capsuleer BUNDLE DESTINATION . COMPONENT app)
    set_target_properties(capsuleer PROPERTIES
        OUTPUT_NAME Capsuleer
        MACOSX_BUNDLE ON
        MACOSX_BUNDLE_BUNDLE_NAME Capsuleer
        MACOSX_BUNDLE_GUI_IDENTIFIER ${CAPSULEER_APP_ID}
        MACOSX_BUNDLE_BUNDLE_VERSION ${PROJECT_VERSION}
        MACOSX_BUNDLE_SHORT_VERSION_STRING ${PROJECT_VERSION})
    # macdeployqt copies every non-system library the bundle links: libEveSso, QtKeychain (Keychain
    # Services backend) and OpenSSL's libcrypto. Qt's TLS on macOS is Secure Transport, so no libssl.
    # evesso, the command-line tool, goes into the bundle beside the app so that it shares those copies.
    install(TARGETS evesso RUNTIME DESTINATION Capsuleer.app/Contents/MacOS COMPONENT app)
    capsuleer_deploy_qt(capsuleer)
endif()
