#!/usr/bin/env bash
# Runs one test program (or any command) the way every test must run:
#   - a fresh temporary HOME and XDG directories, removed afterwards;
#   - a private D-Bus session (dbus-run-session) with gnome-keyring's Secret Service started and
#     unlocked with a throw-away password, so QtKeychain works for real and the developer's own keyring
#     is never touched;
#   - no DISPLAY (a keyring prompt would hang instead of failing) and QT_QPA_PLATFORM=offscreen;
#   - the C.UTF-8 locale, whatever the developer's language.
# If dbus-run-session or gnome-keyring-daemon is missing, the command still runs, without a keyring, and
# EVESSO_TEST_KEYRING_REASON says why (keychain tests then skip, or fail under CI=true).
set -u

tmp_home=$(mktemp -d "${TMPDIR:-/tmp}/evesso-test-home.XXXXXX")
trap 'rm -rf "$tmp_home"' EXIT

export HOME="$tmp_home"
export XDG_CONFIG_HOME="$tmp_home/.config"
export XDG_DATA_HOME="$tmp_home/.local/share"
export XDG_CACHE_HOME="$tmp_home/.cache"
export XDG_RUNTIME_DIR="$tmp_home/.runtime"
mkdir -p "$XDG_CONFIG_HOME" "$XDG_DATA_HOME" "$XDG_CACHE_HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"
unset DISPLAY WAYLAND_DISPLAY DBUS_SESSION_BUS_ADDRESS XDG_CURRENT_DESKTOP KDE_SESSION_VERSION
export QT_QPA_PLATFORM="${EVESSO_TEST_QPA:-offscreen}"
# One language for every run: the tests read the English texts, and the app and the CLI translate
# themselves into the system language (the translation tests choose theirs explicitly).
export LANG=C.UTF-8 LC_ALL=C.UTF-8
unset LANGUAGE

if ! command -v dbus-run-session >/dev/null 2>&1; then
    export EVESSO_TEST_KEYRING_REASON="dbus-run-session is not installed (package dbus-daemon)"
    exec "$@"
fi
if ! command -v gnome-keyring-daemon >/dev/null 2>&1; then
    export EVESSO_TEST_KEYRING_REASON="gnome-keyring-daemon is not installed (package gnome-keyring)"
    exec dbus-run-session -- "$@"
fi

# Inside the private bus: start gnome-keyring in the foreground (so it can be stopped, and never outlives
# the test holding its output pipes), unlock it with a throw-away password, wait until it owns
# org.freedesktop.secrets, then run the command.
exec dbus-run-session -- bash -c '
    printf "%s" "evesso-test-keyring" | gnome-keyring-daemon --foreground --unlock --components=secrets \
        >/dev/null 2>&1 &
    keyring=$!
    for _ in $(seq 100); do
        if dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
               org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null | grep -q "boolean true"; then
            export EVESSO_TEST_KEYRING=1
            break
        fi
        kill -0 "$keyring" 2>/dev/null || break
        sleep 0.05
    done
    [ "${EVESSO_TEST_KEYRING:-}" = 1 ] || export EVESSO_TEST_KEYRING_REASON="gnome-keyring-daemon did not start on the test bus"
    "$@"
    status=$?
    kill "$keyring" 2>/dev/null
    wait "$keyring" 2>/dev/null
    exit $status' test-session "$@"
