#!/usr/bin/env bash
# `npm test`: every check and test, in the order a reviewer would run them. Each step runs even
# when an earlier one failed, so one run shows everything that is wrong. The last line is
# "tests: N passed, N failed" and the exit code is non-zero on any failure.
set -uo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
export TZ=UTC
mkdir -p reports
rm -f reports/vitest.json reports/e2e.json
failed_steps=()

step() {
	local name=$1
	shift
	printf '\n=== %s (%ss)\n' "$name" "$SECONDS"
	if ! "$@"; then
		failed_steps+=("$name")
		printf '=== FAILED: %s\n' "$name"
	fi
}

bad_content_stops_the_build() {
	# A broken content file must fail the build and leave no build/ behind.
	local tmp
	tmp=$(mktemp -d)
	cp -r data/. "$tmp"
	sed -i "0,/date: '2025-11-23'/s//date: '2025-11-31'/" "$tmp/events.yaml"
	if CHRONOMAP_DATA="$tmp" npm run build >"$tmp/build.log" 2>&1; then
		echo 'the build succeeded on broken content'
		rm -rf "$tmp"
		return 1
	fi
	grep -q "is not a calendar date" "$tmp/build.log" || { cat "$tmp/build.log"; rm -rf "$tmp"; return 1; }
	[ ! -e build ] || { echo 'a partial build/ was left behind'; rm -rf "$tmp"; return 1; }
	rm -rf "$tmp"
	echo 'broken content stopped the build with a named error, and no build/ was written'
}

build_site() {
	npm run build >reports/build.log 2>&1 || { tail -n 40 reports/build.log; return 1; }
	for page in index explore present about; do
		[ -f "build/$page.html" ] || { echo "build/$page.html is missing"; return 1; }
	done
	echo "built: $(ls build/*.html | tr '\n' ' ')"
}

second_story() {
	# The fixture story, built into its own folder (the main build/ is untouched), and every one
	# of its routes visited: proves that nothing in the engine is tied to the main story.
	CHRONOMAP_DATA=tests/fixtures/apollo npm run --silent check:data || return 1
	CHRONOMAP_DATA=tests/fixtures/apollo CHRONOMAP_OUT=build-apollo npm run build \
		>reports/build-apollo.log 2>&1 || { tail -n 40 reports/build-apollo.log; return 1; }
	npx playwright test -c playwright.story.config.ts --reporter=list || return 1
	# A TimelineJS file imported (npm run import:timelinejs) and given its sources builds too.
	CHRONOMAP_DATA=tests/fixtures/timelinejs-sourced CHRONOMAP_OUT=build-timelinejs npm run build \
		>reports/build-timelinejs.log 2>&1 || { tail -n 40 reports/build-timelinejs.log; return 1; }
	echo 'the imported TimelineJS story (tests/fixtures/timelinejs-sourced) builds'
}

step 'types (svelte-check)' npm run --silent check
step 'lint (prettier + eslint)' npm run --silent lint
step 'content (check:data)' npm run --silent check:data
step 'unit and component tests (vitest)' npx vitest --run --reporter=default --reporter=json --outputFile.json=reports/vitest.json
step 'bad content stops the build' bad_content_stops_the_build
step 'build' build_site
step 'end-to-end tests (playwright, chromium)' env PLAYWRIGHT_JSON_OUTPUT_NAME=reports/e2e.json npx playwright test --reporter=list,json
step 'other stories: the Apollo fixture built and every route visited; a TimelineJS import built' second_story

printf '\n=== summary (%ss)\n' "$SECONDS"
node -e '
const fs = require("fs");
const read = (f) => { try { return JSON.parse(fs.readFileSync(f, "utf8")); } catch { return null; } };
const v = read("reports/vitest.json"), e = read("reports/e2e.json")?.stats;
const failedSteps = process.argv.slice(1);
let passed = 0, failed = 0, skipped = 0;
if (v) { passed += v.numPassedTests; failed += v.numFailedTests; skipped += v.numPendingTests + v.numTodoTests; }
if (e) { passed += e.expected + e.flaky; failed += e.unexpected; skipped += e.skipped; }
// A failed step counts once unless its failing tests are already counted (or it ran no test).
for (const name of failedSteps) {
  const counted = (name.startsWith("unit") && v?.numFailedTests) || (name.startsWith("end-to-end") && e?.unexpected);
  if (!counted) failed += 1;
}
if (passed === 0 && failed === 0) failed = 1;
console.log(`tests: ${passed} passed, ${failed} failed, ${skipped} skipped`);
' "${failed_steps[@]}"
if [ ${#failed_steps[@]} -gt 0 ]; then
	printf 'failed steps: %s\n' "${failed_steps[*]}"
	exit 1
fi
