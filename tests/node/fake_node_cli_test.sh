#!/usr/bin/env bash
# CTest "node_fake_quantus_node_cli": the fake quantus-node's command line as
# the miner's key handling and supervisor rely on it -- --version, the key
# commands (node identity, wormhole keys from a phrase and new ones), clap's
# errors, and a validator without its node key. Binds only port 0 sockets.
# Usage: fake_node_cli_test.sh PATH_TO_fake_quantus_node
set -euo pipefail
node=$1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

fail() {
    echo "FAIL: $*" >&2
    exit 1
}

# Runs the fake with stdin from $input (empty by default); sets rc, out, err.
input=""
run() {
    rc=0
    "$node" "$@" <<<"$input" >"$work/out" 2>"$work/err" || rc=$?
    out=$(cat "$work/out")
    err=$(cat "$work/err")
}

expect_rc() {
    [[ $rc == "$1" ]] || fail "$2: exit code $rc, expected $1 (stderr: $err)"
}

# --version
run --version
expect_rc 0 "--version"
[[ $out == "quantus-node 0.10.2-fake" ]] || fail "--version printed '$out'"

# key generate-node-key: 64 lowercase hex digits, no newline; the peer id on stderr.
run key generate-node-key --file "$work/node-key"
expect_rc 0 "generate-node-key"
[[ $(cat "$work/node-key") =~ ^[0-9a-f]{64}$ ]] || fail "the node key file holds '$(cat "$work/node-key")'"
[[ $(wc -c <"$work/node-key") -eq 64 ]] || fail "the node key file is not exactly 64 bytes"
[[ -z $out ]] || fail "generate-node-key printed on stdout: $out"
[[ $err =~ ^12D3KooW[1-9A-HJ-NP-Za-km-z]{44}$ ]] || fail "generate-node-key's peer id line is '$err'"
peer_id=$err

run key generate-node-key --file "$work/missing/node-key"
expect_rc 1 "generate-node-key into a missing folder"
[[ $err == 'Error: Io(Os { code: 2, kind: NotFound, message: "No such file or directory" })' ]] ||
    fail "generate-node-key into a missing folder said '$err'"

run key generate-node-key
expect_rc 2 "generate-node-key without --file"
[[ $err == "error: the following required arguments were not provided:"* ]] || fail "no --file: '$err'"

# key quantus --scheme wormhole --words: the same phrase (however spaced) gives the same key.
phrase="able acid aged also area army away baby back ball band bank base bath bear beat bell belt bend best bird blow blue boat"
input=$phrase
run key quantus --scheme wormhole --words
expect_rc 0 "wormhole --words"
first=$out
[[ $(sed -n 1p <<<"$out") == "Wormhole key derived from phrase" ]] || fail "wormhole --words title: $out"
[[ $(sed -n 2p <<<"$out") =~ ^Address:\ qz[1-9A-HJ-NP-Za-km-z]{47}$ ]] || fail "wormhole address line: $out"
[[ $(sed -n 3p <<<"$out") =~ ^Inner\ Hash:\ 0x[0-9a-f]{64}$ ]] || fail "wormhole inner hash line: $out"
[[ $(wc -l <<<"$out") -eq 3 ]] || fail "wormhole --words printed more than three lines: $out"
input="  ${phrase// /   }  "
run key quantus --scheme wormhole --words
expect_rc 0 "wormhole --words, extra spaces"
[[ $out == "$first" ]] || fail "the same phrase gave another key: '$out' vs '$first'"
input="${phrase/able /abel }"
run key quantus --scheme wormhole --words
expect_rc 0 "wormhole --words, another phrase"
[[ $out != "$first" ]] || fail "another phrase gave the same key"

input=${phrase% boat}
run key quantus --scheme wormhole --words
expect_rc 1 "wormhole --words with 23 words"
[[ $err == 'Error: Input("Invalid phrase: expected 24 words")' ]] || fail "23 words said '$err'"
[[ -z $out ]] || fail "23 words printed a key: $out"
input=${phrase/able/Able}
run key quantus --scheme wormhole --words
expect_rc 1 "wormhole --words with an uppercase word"
input=""

# key quantus --scheme wormhole: a new 24-word phrase that maps back to the same key.
run key quantus --scheme wormhole
expect_rc 0 "wormhole new key"
[[ $(sed -n 1p <<<"$out") == "Generated new wormhole key" ]] || fail "new key title: $out"
secret=$(sed -n 's/^Secret phrase: //p' <<<"$out")
[[ $secret =~ ^[a-z]+(\ [a-z]+){23}$ ]] || fail "the secret phrase is not 24 lowercase words: '$secret'"
new_key=$(sed -n '3,4p' <<<"$out")
input=$secret
run key quantus --scheme wormhole --words
expect_rc 0 "wormhole --words with the new phrase"
[[ $(sed -n '2,3p' <<<"$out") == "$new_key" ]] || fail "the new phrase maps to '$out', not '$new_key'"
input=""

run key quantus --scheme standard
expect_rc 2 "--scheme standard"
[[ $(head -1 <<<"$err") == "error: invalid value 'standard' for '--scheme <SCHEME>'" ]] || fail "--scheme standard: '$err'"

# clap's errors for the node's flags.
run --foo
expect_rc 2 "an unknown flag"
[[ $err == "error: unexpected argument '--foo' found

Usage: quantus-node [OPTIONS] [COMMAND]

For more information, try '--help'." ]] || fail "an unknown flag said '$err'"
run --rpc-port abc
expect_rc 2 "--rpc-port abc"
[[ $(head -1 <<<"$err") == "error: invalid value 'abc' for '--rpc-port <PORT>': invalid digit found in string" ]] ||
    fail "--rpc-port abc: '$err'"
run --prometheus-port 70000
expect_rc 2 "--prometheus-port 70000"
[[ $(head -1 <<<"$err") == "error: invalid value '70000' for '--prometheus-port <PORT>': 70000 is not in 0..=65535" ]] ||
    fail "--prometheus-port 70000: '$err'"
run --rewards-inner-hash 0x1234
expect_rc 2 "--rewards-inner-hash 0x1234"
[[ $(head -1 <<<"$err") == "error: invalid value '0x1234' for '--rewards-inner-hash <REWARDS_INNER_HASH>': expected 0x followed by 64 hex digits" ]] ||
    fail "--rewards-inner-hash 0x1234: '$err'"
run --chain
expect_rc 2 "--chain without a value"
[[ $(head -1 <<<"$err") == "error: a value is required for '--chain <CHAIN_SPEC>' but none was supplied" ]] ||
    fail "--chain without a value: '$err'"
# substrate's --sync, --max-blocks-per-request and --rpc-methods: their value
# forms (the two lists in any case) and clap's errors.
run --sync fastest
expect_rc 2 "--sync fastest"
[[ $(head -2 <<<"$err") == "error: invalid value 'fastest' for '--sync <SYNC_MODE>'
  [possible values: full, fast, fast-unsafe, warp]" ]] || fail "--sync fastest: '$err'"
run --rpc-methods none
expect_rc 2 "--rpc-methods none"
[[ $(head -2 <<<"$err") == "error: invalid value 'none' for '--rpc-methods <METHOD SET>'
  [possible values: auto, safe, unsafe]" ]] || fail "--rpc-methods none: '$err'"
run --max-blocks-per-request=4294967296
expect_rc 2 "--max-blocks-per-request 2^32"
[[ $(head -1 <<<"$err") == "error: invalid value '4294967296' for '--max-blocks-per-request <COUNT>': 4294967296 is not in 0..=4294967295" ]] ||
    fail "--max-blocks-per-request 2^32: '$err'"
run --max-blocks-per-request
expect_rc 2 "--max-blocks-per-request without a value"
[[ $(head -1 <<<"$err") == "error: a value is required for '--max-blocks-per-request <COUNT>' but none was supplied" ]] ||
    fail "--max-blocks-per-request without a value: '$err'"
run --sync full --sync full
expect_rc 2 "--sync twice"
[[ $(head -1 <<<"$err") == "error: the argument '--sync <SYNC_MODE>' cannot be used multiple times" ]] ||
    fail "--sync twice: '$err'"
run --base-path "$work/base" --chain mars
expect_rc 1 "an unknown chain"
[[ $err == 'Error: Input("Error opening spec file `mars`: No such file or directory (os error 2)")' ]] ||
    fail "an unknown chain said '$err'"

# A validator refuses to make up its identity.
ports=(--rpc-port 0 --prometheus-port 0 --miner-listen-port 0)
run --base-path "$work/base" --chain dev --validator --node-key-file "$work/absent-key" "${ports[@]}" \
    --rpc-methods SAFE --sync Full --max-blocks-per-request 64 --name rig-1
expect_rc 1 "a validator without its node key file"
[[ $(tail -1 <<<"$err") == "Error: NetworkKeyNotFound(\"$work/absent-key\")" ]] || fail "no node key: '$err'"
[[ $err == *"👤 Role: AUTHORITY"* ]] || fail "the banner came before the key check: '$err'"
run --base-path "$work/base" --chain dev --validator "${ports[@]}"
expect_rc 1 "a validator without --node-key-file"
[[ $(tail -1 <<<"$err") == "Error: NetworkKeyNotFound(\"$work/base/chains/dev/network/secret_ed25519\")" ]] ||
    fail "no default node key: '$err'"
[[ ! -e $work/base/chains/dev/db/full/LOCK ]] || fail "the database was opened before the key check"

# The node's identity is the peer id generate-node-key printed for the key.
rc=0
FAKE_NODE_CRASH_AFTER_MS=0 "$node" --base-path "$work/base" --chain dev --validator --node-key-file "$work/node-key" \
    "${ports[@]}" >/dev/null 2>"$work/err" || rc=$?
grep -q "🏷  Local node identity is: $peer_id\$" "$work/err" || fail "the node's identity is not $peer_id: $(cat "$work/err")"
[[ $rc != 0 ]] || fail "FAKE_NODE_CRASH_AFTER_MS=0 did not crash"

echo "fake_quantus_node CLI: all checks passed"
