#!/bin/sh
# deps.sh: install, from Debian's packages, whatever a make target needs and
# this machine lacks.  Checks with pkg-config and command -v first, so a
# machine that has everything runs no apt-get at all.
#   tools/deps.sh build      compile and run koers
#   tools/deps.sh test       everything make test, test-asan, valgrind and
#                            fuzz use (the npm packages of tests/browser are
#                            installed by the Makefile with npm ci)
#   tools/deps.sh security   sqlmap and wapiti
#   tools/deps.sh bench      wrk, curl and sqlite3 (make bench, make soak)
set -eu

missing=""
need_pc() { pkg-config --exists "$1" 2>/dev/null || missing="$missing $2"; }
need_cmd() { command -v "$1" >/dev/null 2>&1 || missing="$missing $2"; }
need_file() { [ -e "$1" ] || missing="$missing $2"; }
# shellcheck disable=SC2086
need_glob() { for f in $1; do [ -e "$f" ] && return 0; done; missing="$missing $2"; }

command -v pkg-config >/dev/null 2>&1 || missing="$missing pkg-config"
need_cmd cc gcc
need_cmd c++ g++
need_cmd make make
need_pc libmicrohttpd libmicrohttpd-dev
need_pc sqlite3 libsqlite3-dev
need_pc jansson libjansson-dev
need_pc libctemplate libctemplate-dev
need_pc libargon2 libargon2-dev
need_pc libcrypto libssl-dev
need_pc xlsxwriter libxlsxwriter-dev
need_pc cairo libcairo2-dev
need_pc pangocairo libpango1.0-dev
need_pc minizip libminizip-dev
need_pc expat libexpat1-dev
need_pc zlib zlib1g-dev
# Times are shown in Europe/Amsterdam (src/base/when.c).
need_file /usr/share/zoneinfo/Europe/Amsterdam tzdata
# A font for the PDF reports (pango finds none on a bare machine).
need_file /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf fonts-dejavu-core

for target in "$@"; do
	case "$target" in
	build) ;;
	test)
		need_pc cmocka libcmocka-dev
		need_cmd tidy tidy
		need_cmd xmllint libxml2-utils
		need_cmd sqlite3 sqlite3
		need_cmd node nodejs
		need_cmd npm npm
		need_cmd chromium chromium
		# The Nu Html Checker (vnu.jar, npm vnu-jar) in the browser tests.
		need_cmd java default-jre-headless
		need_cmd clang clang
		# libFuzzer's runtime (make fuzz); Debian 12's clang is clang-14.
		need_glob '/usr/lib/llvm-14/lib/clang/*/lib/linux/libclang_rt.fuzzer-x86_64.a' libclang-rt-14-dev
		need_cmd pdftotext poppler-utils
		# The report tests read the XLSX with a real reader.
		need_file /usr/lib/python3/dist-packages/openpyxl python3-openpyxl
		# ODT and Dutch CSV read back by a real office suite (report_formats).
		need_cmd soffice "libreoffice-writer-nogui libreoffice-calc-nogui"
		need_cmd valgrind valgrind
		need_cmd curl curl
		;;
	security)
		need_cmd sqlmap sqlmap
		need_cmd wapiti wapiti
		need_cmd curl curl
		need_cmd python3 python3
		need_cmd node nodejs
		need_cmd timeout coreutils
		;;
	bench)
		need_cmd wrk wrk
		need_cmd slowhttptest slowhttptest
		need_cmd node nodejs
		need_cmd curl curl
		need_cmd sqlite3 sqlite3
		;;
	*) echo "deps.sh: unknown target $target" >&2; exit 2 ;;
	esac
done

[ -z "$missing" ] && exit 0
echo "deps.sh: installing:$missing"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
# shellcheck disable=SC2086
apt-get install -y -qq --no-install-recommends $missing
