# Warnings and sanitizers, applied to every target of the project through an interface library
# so that third-party code (Qt headers excepted, which are system includes) never sees them.
add_library(evesso_compile_options INTERFACE)
target_compile_options(evesso_compile_options INTERFACE -Wall -Wextra -Wpedantic
    # Qt's qCWarning(category) << ... expands to a variadic macro call with no variadic argument, which
    # clang's -Wpedantic reports in our files (SYSTEM include dirs cannot help there): clang 14 as a GNU
    # extension, clang 19 as a C++20 extension (in no narrower group). gcc's -Wpedantic still guards C++17.
    $<$<CXX_COMPILER_ID:Clang>:-Wno-gnu-zero-variadic-macro-arguments -Wno-c++20-extensions>)
if(EVESSO_WERROR)
    target_compile_options(evesso_compile_options INTERFACE -Werror)
endif()
# Qt's own API is what we want; these keep accidental conversions out of our code.
target_compile_definitions(evesso_compile_options INTERFACE
    QT_NO_CAST_FROM_ASCII QT_NO_CAST_TO_ASCII QT_NO_URL_CAST_FROM_STRING QT_NO_NARROWING_CONVERSIONS_IN_CONNECT)

if(EVESSO_SANITIZE)
    set(_san -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    target_compile_options(evesso_compile_options INTERFACE ${_san})
    target_link_options(evesso_compile_options INTERFACE ${_san})
endif()

# Helper: link the project's compile options into a target.
function(evesso_apply_options target)
    target_link_libraries(${target} PRIVATE evesso_compile_options)
endfunction()
