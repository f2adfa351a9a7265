#!/usr/bin/env bash
# The Linux packages, checked as a student meets them. Builds them (mvn -Ppackage; --no-build reuses
# target/dist), then fails on the first point that does not hold:
#   sizes: app image <= 90 MB unpacked, .deb <= 45 MB;
#   the image: a trimmed runtime (our modules only, ko and en locales), no bridge jars (its lock instead), the lessons, the fonts, the
#     class-data archive, both launchers and their start scripts (lib/start: what the menu and the PATH
#     run); the start script gives the JVM exactly the jpackage launcher's arguments (jcmd); the app
#     started from another folder and another home through it, the archive required to map (-Xshare:on),
#     its snapshot the same picture as bin/servicelab's;
#     settings in that home, nothing written beside the app; a moved copy, closed by its window's
#     close button, makes its archive again (needs xdotool; skipped without it);
#   the command line: the POM's version, the installed lessons pass their check;
#   the .deb: libgtk-3-0 among its dependencies, the menu entry (서비스 랩, running the start script) and
#     icon, servicelab on PATH;
#   --install (root): dpkg installs it, the archive is made for /opt, servicelab on the PATH and the menu
#     entry's command run with it, dpkg removes it.
# Needs Xvfb (xvfb-run) and python3; run it on Linux after changing anything under packaging/ or the package profile.
set -euo pipefail
cd "$(dirname "$(readlink -f "$0")")/.."
build=1 install=0
for a in "$@"; do
  case $a in
    --no-build) build=0 ;;
    --install) install=1 ;;
    *) echo "usage: packaging/check-linux.sh [--no-build] [--install]" >&2; exit 2 ;;
  esac
done
fail() { echo "FAIL: $*" >&2; exit 1; }
ok() { echo "ok: $*"; }
if ((build)); then mvn -B -q ${MVN_OFFLINE:+-o} -Ppackage -DskipTests package; fi
version=$(sed -n 's/^version=//p' target/classes/servicelab/version.properties)
img=$PWD/target/dist/ServiceLab
deb=$(ls target/dist/servicelab_*_amd64.deb 2>/dev/null | head -n 1)
[[ -d $img && -f $deb ]] || fail "no app image or .deb in target/dist (build with mvn -Ppackage -DskipTests package)"
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT

# sizes
img_bytes=$(du -sb "$img" | cut -f1); deb_bytes=$(stat -c %s "$deb")
awk -v i="$img_bytes" -v d="$deb_bytes" 'BEGIN { printf "app image %.1f MB (%.1f MiB), .deb %.1f MB (%.1f MiB)\n", i/1e6, i/1048576, d/1e6, d/1048576 }'
((img_bytes <= 90000000)) || fail "app image over 90 MB"
((deb_bytes <= 45000000)) || fail ".deb over 45 MB"
ok "sizes"

# the image's contents
modules=$(sed -n 's/^MODULES="\(.*\)"/\1/p' "$img/lib/runtime/release")
# java.net.http and jdk.crypto.ec: the real-cluster bridge (downloaded on first use) and its download
for m in java.base java.desktop javafx.controls javafx.fxml jdk.localedata java.net.http jdk.crypto.ec; do [[ " $modules " == *" $m "* ]] || fail "runtime lacks $m"; done
for m in java.sql jdk.compiler jdk.jshell; do [[ " $modules " != *" $m "* ]] || fail "runtime has $m, which the app does not use"; done
! ls "$img/lib/app" | grep -q -e '^kubernetes-' -e '^jackson-' -e '^bridge$' || fail "the bridge's jars are in the image (they are downloaded on first use)"
unzip -p "$img/lib/app/servicelab.jar" servicelab/realcluster/bridge.lock | grep -q 'kubernetes-client-8' || fail "no bridge.lock in servicelab.jar"
jimage list "$img/lib/runtime/lib/modules" | grep -q 'FormatData_ko.class' || fail "no Korean locale data"
jimage list "$img/lib/runtime/lib/modules" | grep -q 'FormatData_ja.class' && fail "locales beyond ko and en"
[[ -x $img/bin/ServiceLab && -x $img/bin/servicelab ]] || fail "launchers ServiceLab and servicelab"
[[ -x $img/lib/start/ServiceLab && -x $img/lib/start/servicelab && -x $img/lib/runtime/bin/java ]] || fail "start scripts and the runtime's bin/java"
[[ -d $img/lib/app/lessons/01-why-services && -f $img/lib/app/lessons/glossary.yaml ]] || fail "no lessons in the image"
unzip -l "$img/lib/app/servicelab.jar" | grep -q 'assets/fonts/NanumGothic.ttf' || fail "no fonts in the app's jar"
unzip -l "$img/lib/app/servicelab.jar" | grep -q 'assets/icons/servicelab-64.png' || fail "no window icon in the app's jar"
[[ -f $img/lib/app/servicelab.jsa && -f $img/lib/app/servicelab.classlist ]] || fail "no class-data archive"
ok "runtime of $(wc -w <<< "$modules") modules, lessons, fonts, icon, archive ($(($(stat -c %s "$img/lib/app/servicelab.jsa") / 1000000)) MB)"

# the start script and the jpackage launcher: the same JVM arguments, class path and command
jvm_args() { # $1: a launcher; what the running app's JVM was given (jcmd VM.command_line)
  xvfb-run -a -s "-screen 0 1366x768x24" sh -c '
    cd / && HOME="$2" "$1" --size 1366x768 >/dev/null 2>&1 & pid=$!
    for i in $(seq 1 60); do jcmd $pid VM.command_line 2>/dev/null | grep -v "^$pid:" > "$3" && grep -q java_command "$3" && break; sleep 0.5; done
    kill $pid' sh "$1" "$tmp/home" "$2"
}
mkdir -p "$tmp/home"
jvm_args "$img/bin/ServiceLab" "$tmp/jpackage.args"; jvm_args "$img/lib/start/ServiceLab" "$tmp/start.args"
grep -q 'SharedArchiveFile=' "$tmp/jpackage.args" || fail "jcmd did not read the jpackage launcher's JVM"
diff "$tmp/jpackage.args" "$tmp/start.args" >&2 || fail "the start script starts the JVM unlike the jpackage launcher"
ok "the start script starts the JVM as the jpackage launcher does"

# the app as the menu starts it, from another folder; the same screen from bin/servicelab is the reference
before=$(find "$img" -newer "$deb" | wc -l)
(cd / && JAVA_TOOL_OPTIONS="-Xshare:on -Duser.home=$tmp/home" xvfb-run -a -s "-screen 0 1366x768x24" \
  "$img/lib/start/ServiceLab" --size 1366x768 --lesson 01-why-services --snapshot "$tmp/packaged.png" 2>&1 | grep -v '^Picked up' || true)
[[ -f $tmp/packaged.png ]] || fail "the packaged app saved no snapshot (with -Xshare:on: did the archive map?)"
[[ -f $tmp/home/.servicelab/learner-seed ]] || fail "the app kept nothing in the user's home"
[[ $(find "$img" -newer "$deb" | wc -l) == "$before" ]] || fail "the app wrote into its own folder"
[[ ! -e /.servicelab && ! -e /lessons ]] || fail "the app used its working folder"
[[ -f target/servicelab-$version.jar ]] || mvn -B -q ${MVN_OFFLINE:+-o} package -DskipTests
SERVICELAB_JAVA_OPTS=-Duser.home=$tmp/home xvfb-run -a -s "-screen 0 1366x768x24" bin/servicelab gui --size 1366x768 --lesson 01-why-services --snapshot "$tmp/reference.png"
java packaging/PngCheck.java "$tmp/packaged.png" 1366 768 "$tmp/reference.png" 0.02

# moved elsewhere, the image's archive no longer maps (JDK 17 archives keep their jar paths): closed
# by its window's close button, the app makes a new one for where it now is
if command -v xdotool >/dev/null; then
  cp -r "$img" "$tmp/moved"
  d=:$((RANDOM % 100 + 500)); Xvfb "$d" -screen 0 1366x768x24 >/dev/null 2>&1 & xvfb=$!
  sleep 1
  (cd / && DISPLAY=$d JAVA_TOOL_OPTIONS="-Duser.home=$tmp/home" "$tmp/moved/bin/ServiceLab" --size 1366x768 >/dev/null 2>&1 &)
  w=
  for _ in $(seq 1 60); do w=$(DISPLAY=$d xdotool search --name "서비스 랩" 2>/dev/null | head -n 1 || true); [[ -n $w ]] && break; sleep 0.5; done
  [[ -n $w ]] || { kill $xvfb; fail "the moved app showed no window"; }
  sleep 3
  before=$(stat -c %Y "$tmp/moved/lib/app/servicelab.jsa")
  DISPLAY=$d python3 packaging/wm-close.py "$w"
  for _ in $(seq 1 40); do
    [[ -f $tmp/moved/lib/app/servicelab.jsa && $(stat -c %Y "$tmp/moved/lib/app/servicelab.jsa") != "$before" ]] && break
    sleep 0.5
  done
  kill $xvfb
  sleep 2
  (cd / && JAVA_TOOL_OPTIONS=-Xshare:on "$tmp/moved/bin/servicelab" --version >/dev/null 2>&1) || fail "a moved image did not make a new archive when closed"
  ok "a moved image made its archive again when closed"
else
  echo "skipped: xdotool is not installed, so the moved image's archive repair was not checked"
fi

# the command line
v=$(cd / && "$img/bin/servicelab" --version)
[[ $v == "servicelab $version "* ]] || fail "--version says '$v', the POM $version"
[[ $(cd / && JAVA_TOOL_OPTIONS=-Xshare:on "$img/lib/start/servicelab" --version 2>/dev/null) == "$v" ]] || fail "the start script's --version (archive mapped)"
(cd / && "$img/lib/start/servicelab" lessons check >/dev/null) || fail "the installed lessons do not pass lessons check"
ok "$v; lessons check"

# the .deb
dpkg-deb -f "$deb" Depends | grep -q 'libgtk-3-0' || fail ".deb does not depend on libgtk-3-0"
[[ $(dpkg-deb -f "$deb" Version) == "${version%-SNAPSHOT}-1" ]] || fail ".deb version $(dpkg-deb -f "$deb" Version)"
dpkg-deb -x "$deb" "$tmp/deb"; dpkg-deb -e "$deb" "$tmp/deb/DEBIAN"
grep -q '^Name\[ko\]=서비스 랩$' "$tmp/deb/opt/servicelab/lib/servicelab-ServiceLab.desktop" || fail "menu entry without its Korean name"
grep -q '^NoDisplay=true$' "$tmp/deb/opt/servicelab/lib/servicelab-servicelab.desktop" || fail "the command line shows in the menu"
grep -q '^Exec=/opt/servicelab/lib/start/ServiceLab$' "$tmp/deb/opt/servicelab/lib/servicelab-ServiceLab.desktop" || fail "the menu entry does not run the start script"
[[ -x $tmp/deb/opt/servicelab/lib/start/ServiceLab && -x $tmp/deb/opt/servicelab/lib/start/servicelab ]] || fail "the .deb lacks the start scripts"
[[ -s $tmp/deb/opt/servicelab/lib/ServiceLab.png ]] || fail "no menu icon"
grep -q 'ln -sf /opt/servicelab/lib/start/servicelab /usr/bin/servicelab' "$tmp/deb/DEBIAN/postinst" || fail "servicelab not put on PATH"
[[ ! -e $tmp/deb/opt/servicelab/lib/app/servicelab.jsa ]] || fail "the .deb carries an archive made for another folder"
ok ".deb: $(dpkg-deb -f "$deb" Package) $(dpkg-deb -f "$deb" Version), menu entry, icon, PATH link"

if ((install)); then
  [[ $(id -u) == 0 ]] || fail "--install needs root"
  dpkg -i "$deb" >/dev/null
  [[ -f /opt/servicelab/lib/app/servicelab.jsa ]] || fail "postinst made no archive"
  [[ $(cd / && JAVA_TOOL_OPTIONS=-Xshare:on servicelab --version 2>/dev/null) == "servicelab $version "* ]] || fail "servicelab on PATH"
  [[ -f /usr/share/applications/servicelab-ServiceLab.desktop ]] || fail "no menu entry installed"
  exec_line=$(sed -n 's/^Exec=//p' /usr/share/applications/servicelab-ServiceLab.desktop)
  (cd / && JAVA_TOOL_OPTIONS="-Xshare:on -Duser.home=$tmp/home" xvfb-run -a -s "-screen 0 1366x768x24" \
    $exec_line --size 1366x768 --snapshot "$tmp/installed.png" 2>&1 | grep -v '^Picked up' || true)
  java packaging/PngCheck.java "$tmp/installed.png" 1366 768
  dpkg -r servicelab >/dev/null
  [[ ! -e /usr/bin/servicelab && ! -e /opt/servicelab ]] || fail "dpkg -r left files behind"
  ok "installed, started with its archive, removed"
fi
echo "all Linux package checks passed"
