#!/bin/sh
# Service Lab's start script on Linux, installed as lib/start/ServiceLab and lib/start/servicelab: the
# menu entry and the servicelab command on the PATH run it. It starts the app as jpackage's launcher
# bin/<name> does (the same java options, class path, main class and class-data archive, read from that
# launcher's lib/app/<name>.cfg) on the image's own runtime, without that launcher's package-manager
# queries: it asks rpm and dpkg which package owns it at every start (rpm -qf, dpkg -S, dpkg -L), which
# costs 100 ms and more on a desktop with many packages. Whatever it cannot reproduce exactly (no
# bin/java in the runtime, a setting of the .cfg it does not know) it hands to that launcher.
self=$(readlink -f -- "$0" 2>/dev/null) || self=$0
name=${self##*/}
root=${self%/lib/start/*}
app=$root/lib/app
java=$root/lib/runtime/bin/java
cfg=$app/$name.cfg
fallback() { exec "$root/bin/$name" "$@"; }
[ "$root" != "$self" ] && [ -x "$java" ] && [ -r "$cfg" ] || fallback "$@"

# r := $1 with every $2 replaced by $3 (the .cfg's $APPDIR, $BINDIR and $ROOTDIR, as the launcher expands them)
replace() {
    r= v=$1
    while :; do
        case $v in
            *"$2"*) r=$r${v%%"$2"*}$3; v=${v#*"$2"} ;;
            *) r=$r$v; return ;;
        esac
    done
}
expand() {
    replace "$1" '$APPDIR' "$app"; replace "$r" '$BINDIR' "$root/bin"; replace "$r" '$ROOTDIR' "$root"
}

# first the class path and main class, and whether the file holds only what this script knows
cp= main=
while IFS= read -r line || [ -n "$line" ]; do
    case $line in
        ''|'#'*|'[Application]'|'[JavaOptions]'|java-options=*) ;;
        app.classpath=*) expand "${line#app.classpath=}"; cp=${cp:+$cp:}$r ;;
        app.mainclass=*) main=${line#app.mainclass=} ;;
        *) fallback "$@" ;;
    esac
done < "$cfg"
[ -n "$main" ] && [ -n "$cp" ] || fallback "$@"
# then the JVM's options, appended behind the learner's arguments, which finally move to the end
n=$#
while IFS= read -r line || [ -n "$line" ]; do
    case $line in
        java-options=*) expand "${line#java-options=}"; set -- "$@" "$r" ;;
    esac
done < "$cfg"
# what the launcher adds: its own path (ClassDataRefresh reads it), then the class path and main class
set -- "$@" "-Djpackage.app-path=$root/bin/$name" -cp "$cp" "$main"
while [ "$n" -gt 0 ]; do set -- "$@" "$1"; shift; n=$((n - 1)); done
exec "$java" "$@"
