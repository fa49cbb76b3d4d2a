<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../ui/about_dialog.ui" line="+14"/>
        <source>About Quantus Miner</source>
        <translation>Über Quantus Miner</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Quantus Miner</source>
        <translation>Quantus Miner</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Searches nonces for the Quantus Network&apos;s Poseidon2 proof of work, on CPUs and NVIDIA GPUs, for a Quantus node that sends jobs over HTTP.</source>
        <translation>Sucht Nonces für den Poseidon2-Proof-of-Work des Quantus Network, auf CPUs und NVIDIA-GPUs, für einen Quantus-Knoten, der Jobs über HTTP sendet.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Build</source>
        <translation>Build</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>CUDA engine</source>
        <translation>CUDA-Engine</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>CPU code paths</source>
        <translation>CPU-Codepfade</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Qt</source>
        <translation>Qt</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Licence: MIT</source>
        <translation>Lizenz: MIT</translation>
    </message>
</context>
<context>
    <name>BackupNodeDialog</name>
    <message>
        <location filename="../ui/backup_node_dialog.ui" line="+14"/>
        <source>Backup node</source>
        <translation>Backup-Knoten</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Backup node a&amp;ddress</source>
        <translation>&amp;Adresse des Backup-Knotens</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>HOST:PORT of the node&apos;s miner port (its --miner-listen-port), e.g. 127.0.0.1:9833.</source>
        <translation>HOST:PORT des Miner-Ports des Knotens (sein --miner-listen-port), z. B. 127.0.0.1:9833.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Node &amp;directory</source>
        <translation>Knoten&amp;verzeichnis</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The node&apos;s &lt;base-path&gt;/chains/&lt;chain&gt;/ folder: both files are read from there.</source>
        <translation>Der Ordner &lt;base-path&gt;/chains/&lt;chain&gt;/ des Knotens: Beide Dateien werden dort gelesen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Choose the node&apos;s directory</source>
        <translation>Verzeichnis des Knotens wählen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The two &amp;files</source>
        <translation>Die beiden &amp;Dateien</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Auth &amp;token file</source>
        <translation>&amp;Token-Datei</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The node&apos;s miner-auth-token file.</source>
        <translation>Die Datei miner-auth-token des Knotens.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Choose the token file</source>
        <translation>Token-Datei wählen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Certificate &amp;pin file</source>
        <translation>Zertifikats-&amp;Pin-Datei</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The node&apos;s miner-tls-cert-sha256 file.</source>
        <translation>Die Datei miner-tls-cert-sha256 des Knotens.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Choose the certificate pin file</source>
        <translation>Zertifikats-Pin-Datei wählen</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../src/app/app_options.cpp" line="+68"/>
        <source>%1 (see quantus-miner --help)</source>
        <translation>%1 (siehe quantus-miner --help)</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>invalid --gpu-devices &apos;%1&apos;: expected a number of GPUs from 1 to 64, or all</source>
        <translation>ungültiges --gpu-devices &apos;%1&apos;: erwartet wird eine Anzahl GPUs von 1 bis 64 oder all</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--lang needs a language code such as de or zh_CN</source>
        <translation>--lang braucht einen Sprachcode wie de oder zh_CN</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--screenshot needs a PNG file name</source>
        <translation>--screenshot braucht einen PNG-Dateinamen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 needs a value in seconds</source>
        <translation>%1 braucht einen Wert in Sekunden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>invalid %1 &apos;%2&apos;: expected seconds, more than 0 and at most 3600</source>
        <translation>ungültiges %1 &apos;%2&apos;: erwartet werden Sekunden, mehr als 0 und höchstens 3600</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>invalid --pow &apos;%1&apos;: expected v1 or v2</source>
        <translation>ungültiges --pow &apos;%1&apos;: erwartet wird v1 oder v2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--duration needs a value in seconds</source>
        <translation>--duration braucht einen Wert in Sekunden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>invalid --duration &apos;%1&apos;: expected seconds, more than 0 and at most 86400</source>
        <translation>ungültiges --duration &apos;%1&apos;: erwartet werden Sekunden, mehr als 0 und höchstens 86400</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>hash takes no option &apos;%1&apos;</source>
        <translation>hash kennt keine Option &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>benchmark takes no option &apos;%1&apos;</source>
        <translation>benchmark kennt keine Option &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>health takes no option &apos;%1&apos;</source>
        <translation>health kennt keine Option „%1“</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown option &apos;%1&apos;</source>
        <translation>unbekannte Option &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="-30"/>
        <location line="+34"/>
        <source>%1 needs a value</source>
        <translation>%1 braucht einen Wert</translation>
    </message>
    <message>
        <location line="-147"/>
        <source>node needs a subcommand: install</source>
        <translation>node braucht einen Unterbefehl: install</translation>
    </message>
    <message>
        <location line="+117"/>
        <source>node install takes no option &apos;%1&apos;</source>
        <translation>node install kennt keine Option „%1“</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--node needs ADDR,dir=DIR or ADDR,token-file=F,cert-sha256-file=F</source>
        <translation>--node braucht ADDR,dir=DIR oder ADDR,token-file=F,cert-sha256-file=F</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>hash needs MINING_HASH NONCE [DIFFICULTY], got %1 argument(s)</source>
        <translation>hash braucht MINING_HASH NONCE [DIFFICULTY], erhielt %1 Argument(e)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>unerwartetes Argument &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Usage:</source>
        <translation>Aufruf:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mine jobs sent by a Quantus node over HTTP</source>
        <translation>schürft Jobs, die ein Quantus-Knoten über HTTP sendet</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Service options (command line over environment over default):</source>
        <translation>Dienstoptionen (Befehlszeile vor Umgebung vor Vorgabe):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>run without the dashboard (also automatic without a display)</source>
        <translation>ohne Dashboard laufen (automatisch, wenn kein Display da ist)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HTTP API port (default 9833; 0: any free port)</source>
        <translation>Port der HTTP-API (Vorgabe 9833; 0: ein freier Port)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>address to listen on (default 127.0.0.1;
0.0.0.0 in containers). The API has NO
authentication: anyone who can reach it can
submit and cancel jobs. Expose it only to the node.</source>
        <translation>Adresse, auf der gelauscht wird (Vorgabe 127.0.0.1;
0.0.0.0 in Containern). Die API hat KEINE
Authentifizierung: Wer sie erreicht, kann Jobs
senden und abbrechen. Nur für den Knoten öffnen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>hashing threads (default: half of the CPUs this
process may use, cgroup cpuset honoured, at least 1;
more than available is clamped)</source>
        <translation>Hash-Threads (Vorgabe: die Hälfte der CPUs, die
dieser Prozess nutzen darf, cgroup-cpuset beachtet,
mindestens 1; mehr als verfügbar wird begrenzt)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cpu-fast (default), cpu-baseline, gpu-cuda</source>
        <translation>cpu-fast (Vorgabe), cpu-baseline, gpu-cuda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prometheus GET /metrics on this port (default off)</source>
        <translation>Prometheus GET /metrics auf diesem Port (Vorgabe: aus)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>target length of one chunk of work (default 1000)</source>
        <translation>Ziellänge eines Arbeitsabschnitts (Vorgabe 1000)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>open connections per HTTP port (default 256)</source>
        <translation>offene Verbindungen je HTTP-Port (Standard 256)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>error, warn, info (default), debug, trace</source>
        <translation>error, warn, info (Vorgabe), debug, trace</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>also append the log to PATH</source>
        <translation>das Protokoll zusätzlich an PATH anhängen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>mine for a Quantus node over QUIC (QPoW v2),
e.g. 127.0.0.1:9833 (the node&apos;s --miner-listen-port)</source>
        <translation>für einen Quantus-Knoten über QUIC schürfen (QPoW v2),
z. B. 127.0.0.1:9833 (der --miner-listen-port des
Knotens)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the node&apos;s miner-auth-token (or --auth-token T,
MINER_AUTH_TOKEN; a token on the command line
is visible to other users of this machine)</source>
        <translation>das miner-auth-token des Knotens (oder --auth-token T,
MINER_AUTH_TOKEN; ein Token auf der Befehlszeile ist
für andere Benutzer dieses Rechners sichtbar)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>both files from the node&apos;s directory
&lt;base-path&gt;/chains/&lt;chain&gt;/</source>
        <translation>beide Dateien aus &lt;base-path&gt;/chains/&lt;chain&gt;/ des
Knotens</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>one more node, after --node-addr&apos;s and the --node
before it (repeat for each; the first reachable
one is mined for, the miner fails over and returns
to a higher one when it is back). Or
ADDR,token-file=F,cert-sha256-file=F. MINER_NODES:
the entries separated by &apos;;&apos;</source>
        <translation>noch ein Knoten, nach dem von --node-addr und den
--node davor (je Knoten wiederholen; für den ersten
erreichbaren wird geschürft, der Miner wechselt bei
Ausfall und kehrt zu einem höheren zurück, sobald
er wieder da ist). Oder
ADDR,token-file=F,cert-sha256-file=F. MINER_NODES:
die Einträge durch &apos;;&apos; getrennt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>run this quantus-node, keep it running and mine
for it (instead of --node-addr); it stops with
the miner</source>
        <translation>diesen quantus-node starten, am Laufen halten und
für ihn schürfen (statt --node-addr); er endet mit
dem Miner</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the node&apos;s database and keys (its --base-path;
the node key is made there when missing)</source>
        <translation>Datenbank und Schlüssel des Knotens (sein --base-path;
der Knotenschlüssel wird dort angelegt, wenn er fehlt)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>where the rewards go: the Inner Hash that
quantus-node key quantus --scheme wormhole prints</source>
        <translation>wohin die Belohnungen gehen: der Inner Hash, den
quantus-node key quantus --scheme wormhole ausgibt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the node&apos;s name on the network (default:
quantus-miner-&lt;8 hex digits&gt;, the same each start)</source>
        <translation>Name des Knotens im Netzwerk (Vorgabe:
quantus-miner-&lt;8 Hex-Ziffern&gt;, stets derselbe)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the node&apos;s --miner-listen-port (default 9833)</source>
        <translation>der --miner-listen-port des Knotens (Vorgabe 9833)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the node&apos;s --rpc-port on 127.0.0.1 (default 9944)</source>
        <translation>der --rpc-port des Knotens auf 127.0.0.1 (Vorgabe 9944)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the node&apos;s --prometheus-port (default 9615)</source>
        <translation>der --prometheus-port des Knotens (Vorgabe 9615)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the same as --workers; 0: no CPU mining,
gpu-cuda mines</source>
        <translation>wie --workers; 0: kein Schürfen auf der CPU, gpu-cuda
schürft</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>the node&apos;s miner-tls-cert-sha256 (or
--tls-cert-sha256 HEX, MINER_TLS_CERT_SHA256)</source>
        <translation>die miner-tls-cert-sha256 des Knotens (oder
--tls-cert-sha256 HEX, MINER_TLS_CERT_SHA256)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>the node&apos;s chain: mainnet, planck (testnet), dev,
or a chain spec file</source>
        <translation>Chain des Knotens: mainnet, planck (Testnetz), dev
oder eine Chain-Spec-Datei</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>gpu-cuda: use the first N visible GPUs (default all;
CUDA_VISIBLE_DEVICES picks which are visible)</source>
        <translation>gpu-cuda: die ersten N sichtbaren GPUs nutzen
(Vorgabe all; CUDA_VISIBLE_DEVICES wählt sie aus)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>interface language (de, es, fr, ru, zh_CN, en;
default: the dashboard&apos;s setting, else the system&apos;s)</source>
        <translation>Sprache der Oberfläche (de, es, fr, ru, zh_CN, en;
Vorgabe: Einstellung im Dashboard, sonst System)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dashboard checks (need a display):</source>
        <translation>Dashboard-Prüfungen (brauchen ein Display):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>save the window as PNG after --screenshot-delay SECONDS (default 8), quit</source>
        <translation>Fenster nach --screenshot-delay SECONDS (Vorgabe 8)
als PNG speichern, beenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>print the longest GUI event-loop stall over that time, quit</source>
        <translation>längste Blockade der GUI-Ereignisschleife in dieser
Zeit ausgeben, beenden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>hash: prints the 128-hex-digit PoW hash of MINING_HASH (64 hex digits) and NONCE
(1 to 128 hex digits, the number they spell, zero-padded on the left), and with
DIFFICULTY (decimal, at least 1) &apos;valid&apos; or &apos;invalid&apos; on a second line.</source>
        <translation>hash: gibt den PoW-Hash (128 Hex-Ziffern) von MINING_HASH (64 Hex-Ziffern) und
NONCE aus (1 bis 128 Hex-Ziffern, die Zahl, die sie ergeben, links mit Nullen
aufgefüllt), mit DIFFICULTY (dezimal, mindestens 1) in einer zweiten Zeile
&apos;valid&apos; oder &apos;invalid&apos;.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>benchmark: mines a job no hash can solve through the same workers as real jobs
and reports hashes per second, in total and per worker.
--duration SECONDS (default 10), --json (one JSON object), --engine, --workers,
--gpu-devices.</source>
        <translation>benchmark: schürft einen unlösbaren Job mit denselben Workern wie echte Jobs
und meldet Hashes pro Sekunde, insgesamt und je Worker.
--duration SECONDS (Vorgabe 10), --json (ein JSON-Objekt), --engine, --workers,
--gpu-devices.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--pow v1|v2 (hash, benchmark): the proof of work, QPoW v1 of HTTP nodes (default)
or QPoW v2 of today&apos;s network.</source>
        <translation>--pow v1|v2 (hash, benchmark): der Arbeitsnachweis, QPoW v1 der HTTP-Knoten (Standard)
oder QPoW v2 des heutigen Netzes.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>health: asks the miner running on --bind and --port (or MINER_BIND, MINER_PORT)
whether its API answers; exit 0 when it does (a container&apos;s HEALTHCHECK).</source>
        <translation>health: fragt den auf --bind und --port (oder MINER_BIND, MINER_PORT) laufenden
Miner, ob seine API antwortet; Exit-Code 0, wenn ja (HEALTHCHECK eines Containers).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>node install: downloads the quantus-node the network&apos;s compatibility manifest
names for this computer (--manifest URL or FILE, default
https://docs.quantus.com/mining-compatibility.json), checks its SHA-256, unpacks
it into --dir DIR (default ~/.local/share/quantus-miner/node/bin) and prints its
path and version. --dry-run prints the network, node version, URL and SHA-256
and downloads nothing. Exit 1: the download failed; 2: a bad manifest or option.</source>
        <translation>node install: lädt den quantus-node herunter, den das Kompatibilitätsmanifest des
Netzwerks für diesen Computer nennt (--manifest URL oder FILE, Vorgabe
https://docs.quantus.com/mining-compatibility.json), prüft seine SHA-256, entpackt
ihn nach --dir DIR (Vorgabe ~/.local/share/quantus-miner/node/bin) und gibt Pfad
und Version aus. --dry-run gibt Netzwerk, Knotenversion, URL und SHA-256 aus und
lädt nichts herunter. Exit-Code 1: Download fehlgeschlagen; 2: ungültiges Manifest
oder ungültige Option.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Exit codes: 0 success, 1 runtime failure (e.g. port in use), 2 invalid arguments.</source>
        <translation>Exit-Codes: 0 Erfolg, 1 Laufzeitfehler (z. B. Port belegt), 2 ungültige Argumente.</translation>
    </message>
</context>
<context>
    <name>LogConsole</name>
    <message>
        <location filename="../ui/log_console.ui" line="+37"/>
        <source>S&amp;how</source>
        <translation>An&amp;zeigen</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Search the log…</source>
        <translation>Protokoll durchsuchen…</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Copy the selected lines (all shown lines when none is selected)</source>
        <translation>Ausgewählte Zeilen kopieren (alle angezeigten, wenn keine ausgewählt ist)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Save the shown lines to a file</source>
        <translation>Angezeigte Zeilen in einer Datei speichern</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sa&amp;ve…</source>
        <translation>&amp;Speichern…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Clear the console (the log file and stderr keep their lines)</source>
        <translation>Konsole leeren (Protokolldatei und stderr behalten ihre Zeilen)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>C&amp;lear</source>
        <translation>&amp;Leeren</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/main_window.ui" line="+14"/>
        <source>Quantus Miner</source>
        <translation>Quantus Miner</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Start or stop the mining service. Stopping closes the port and cancels running jobs.</source>
        <translation>Mining-Dienst starten oder stoppen. Stoppen schließt den Port und bricht laufende Jobs ab.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stop mining</source>
        <translation>Mining stoppen</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Engine</source>
        <translation>&amp;Engine</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The hashing engine. A change applies to the next chunk of every job, without restarting them.</source>
        <translation>Die Hash-Engine. Eine Änderung gilt ab dem nächsten Abschnitt jedes Jobs, ohne Neustart.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>&amp;Workers</source>
        <translation>&amp;Worker</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Worker threads hashing on the CPU. A change applies to the next chunk, without restarting jobs.</source>
        <translation>Worker-Threads, die auf der CPU hashen. Eine Änderung gilt ab dem nächsten Abschnitt, ohne Neustart der Jobs.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>About Quantus Miner</source>
        <translation>Über Quantus Miner</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>&amp;Retry</source>
        <translation>Erneut &amp;versuchen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Change &amp;port…</source>
        <translation>&amp;Port ändern…</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Hash rate</source>
        <translation>Hashrate</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>How much history the chart shows</source>
        <translation>Wie viel Verlauf das Diagramm zeigt</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+217"/>
        <source>&amp;Jobs</source>
        <translation>&amp;Jobs</translation>
    </message>
    <message>
        <location line="-119"/>
        <location line="+127"/>
        <source>&amp;Log</source>
        <translation>Pro&amp;tokoll</translation>
    </message>
    <message>
        <location line="-122"/>
        <location line="+130"/>
        <source>S&amp;ystem</source>
        <translation>S&amp;ystem</translation>
    </message>
    <message>
        <location line="-125"/>
        <location line="+74"/>
        <source>&amp;Node</source>
        <translation>&amp;Knoten</translation>
    </message>
    <message>
        <location line="-69"/>
        <location line="+77"/>
        <source>&amp;Rewards</source>
        <translation>&amp;Belohnungen</translation>
    </message>
    <message>
        <location line="-66"/>
        <source>&amp;Mining</source>
        <translation>&amp;Mining</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Stop mining</source>
        <translation>Mining &amp;stoppen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>S&amp;ettings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Set up a local &amp;node…</source>
        <translation>Lokalen &amp;Knoten einrichten…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Ctrl+4</source>
        <translation>Ctrl+4</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Ctrl+5</source>
        <translation>Ctrl+5</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Hide to tray</source>
        <translation>In den &amp;Tray minimieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ctrl+W</source>
        <translation>Ctrl+W</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Ctrl+2</source>
        <translation>Ctrl+2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Ctrl+3</source>
        <translation>Ctrl+3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;About Quantus Miner</source>
        <translation>Ü&amp;ber Quantus Miner</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../ui/settings_dialog.ui" line="+14"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Mining service</source>
        <translation>Mining-Dienst</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Listen &amp;address</source>
        <translation>Lausch&amp;adresse</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>127.0.0.1 accepts jobs from this computer only; 0.0.0.0 or :: from the whole network.</source>
        <translation>127.0.0.1 nimmt nur Jobs von diesem Computer an; 0.0.0.0 oder :: aus dem ganzen Netzwerk.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>API &amp;port</source>
        <translation>API-&amp;Port</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The port the node sends jobs to (default 9833).</source>
        <translation>Der Port, an den der Knoten Jobs sendet (Vorgabe 9833).</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Metrics port</source>
        <translation>&amp;Metrik-Port</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Serve Prometheus metrics on this port, on the same address.</source>
        <translation>Prometheus-Metriken auf diesem Port bereitstellen, an derselben Adresse.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Mine for a Quantus &amp;node (QUIC)</source>
        <translation>Für einen Quantus-&amp;Knoten schürfen (QUIC)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Take jobs from a Quantus node v0.10 or newer (mainnet), which checks QPoW v2. The HTTP API above stays open for older nodes.</source>
        <translation>Aufträge von einem Quantus-Knoten ab v0.10 (Mainnet) annehmen, der QPoW v2 prüft. Die HTTP-API oben bleibt für ältere Knoten offen.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Node a&amp;ddress</source>
        <translation>Knoten&amp;adresse</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>HOST:PORT of the node&apos;s miner port (its --miner-listen-port), e.g. 127.0.0.1:9833.</source>
        <translation>HOST:PORT des Miner-Ports des Knotens (sein --miner-listen-port), z. B. 127.0.0.1:9833.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Node &amp;directory</source>
        <translation>Knoten&amp;verzeichnis</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The node&apos;s &lt;base-path&gt;/chains/&lt;chain&gt;/ folder: both files are read from there.</source>
        <translation>Der Ordner &lt;base-path&gt;/chains/&lt;chain&gt;/ des Knotens: Beide Dateien werden dort gelesen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Choose the node&apos;s directory</source>
        <translation>Verzeichnis des Knotens wählen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The two &amp;files</source>
        <translation>Die beiden &amp;Dateien</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Auth &amp;token file</source>
        <translation>&amp;Token-Datei</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The node&apos;s miner-auth-token file.</source>
        <translation>Die Datei miner-auth-token des Knotens.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Choose the token file</source>
        <translation>Token-Datei wählen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Certificate &amp;pin file</source>
        <translation>Zertifikats-&amp;Pin-Datei</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The node&apos;s miner-tls-cert-sha256 file.</source>
        <translation>Die Datei miner-tls-cert-sha256 des Knotens.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Choose the certificate pin file</source>
        <translation>Zertifikats-Pin-Datei wählen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Backup nodes, tried in this order after the node above</source>
        <translation>&amp;Backup-Knoten, in dieser Reihenfolge nach dem Knoten oben versucht</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Other nodes to mine for when the node above cannot be reached or has no job. Double-click an entry to edit it.</source>
        <translation>Weitere Knoten, für die geschürft wird, wenn der Knoten oben nicht erreichbar ist oder keinen Job hat. Zum Bearbeiten einen Eintrag doppelklicken.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Add…</source>
        <translation>Hinzufügen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add a backup node at the end of the list</source>
        <translation>Einen Backup-Knoten am Ende der Liste hinzufügen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Ändern…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change the chosen backup node</source>
        <translation>Den gewählten Backup-Knoten ändern</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Rem&amp;ove</source>
        <translation>Ent&amp;fernen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove the chosen backup node</source>
        <translation>Den gewählten Backup-Knoten entfernen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Move up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Try the chosen backup node earlier</source>
        <translation>Den gewählten Backup-Knoten früher versuchen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Move down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Try the chosen backup node later</source>
        <translation>Den gewählten Backup-Knoten später versuchen</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>A node on this &amp;computer</source>
        <translation>Ein Knoten auf diesem Comp&amp;uter</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The miner can run and watch a Quantus node for you: program, identity, rewards and network.</source>
        <translation>Der Miner kann einen Quantus-Knoten für Sie betreiben und überwachen: Programm, Identität, Belohnungen und Netzwerk.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Set &amp;up…</source>
        <translation>Ein&amp;richten…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Interface</source>
        <translation>Oberfläche</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Appea&amp;rance</source>
        <translation>&amp;Erscheinungsbild</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Start minimi&amp;sed</source>
        <translation>M&amp;inimiert starten</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Close to the system &amp;tray (keep mining in the background)</source>
        <translation>Beim S&amp;chließen in den Tray (im Hintergrund weiter minen)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Start &amp;when I log in</source>
        <translation>Bei A&amp;nmeldung starten</translation>
    </message>
</context>
<context>
    <name>SystemPanel</name>
    <message>
        <location filename="../ui/system_panel.ui" line="+54"/>
        <source>Processor</source>
        <translation>Prozessor</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Logical CPUs</source>
        <translation>Logische CPUs</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Usable by the miner</source>
        <translation>Für den Miner nutzbar</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Instruction sets</source>
        <translation>Befehlssätze</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>cpu-fast paths</source>
        <translation>cpu-fast-Pfade</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Graphics cards</source>
        <translation>Grafikkarten</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Worker threads</source>
        <translation>Worker-Threads</translation>
    </message>
</context>
<context>
    <name>qm::gui::AboutDialog</name>
    <message>
        <location filename="../src/gui/about_dialog.cpp" line="+45"/>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>yes: %1</source>
        <translation>ja: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no (built without CUDA)</source>
        <translation>nein (ohne CUDA gebaut)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>built: %1; this CPU: %2</source>
        <translation>gebaut: %1; diese CPU: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (built with %2)</source>
        <translation>%1 (gebaut mit %2)</translation>
    </message>
</context>
<context>
    <name>qm::gui::Autostart</name>
    <message>
        <location filename="../src/gui/autostart.cpp" line="+68"/>
        <source>cannot remove %1</source>
        <translation>%1 kann nicht entfernt werden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cannot create %1</source>
        <translation>%1 kann nicht angelegt werden</translation>
    </message>
</context>
<context>
    <name>qm::gui::BackupNodeDialog</name>
    <message>
        <location filename="../src/gui/backup_node_dialog.cpp" line="+49"/>
        <source>%1 is already in the node list: give each node once.</source>
        <translation>%1 steht schon in der Knotenliste: Geben Sie jeden Knoten nur einmal an.</translation>
    </message>
</context>
<context>
    <name>qm::gui::CheckPage</name>
    <message>
        <location filename="../src/gui/wizard/rewards_page.cpp" line="+258"/>
        <source>Check your words</source>
        <translation>Prüfen Sie Ihre Wörter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type two of the words from your sheet, so a mistake in writing them down shows now and not when you need them.</source>
        <translation>Geben Sie zwei der Wörter von Ihrem Blatt ein, damit sich ein Fehler beim Aufschreiben jetzt zeigt und nicht erst, wenn Sie die Wörter brauchen.</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+1"/>
        <source>Word %1:</source>
        <translation>Wort %1:</translation>
    </message>
</context>
<context>
    <name>qm::gui::Dashboard</name>
    <message>
        <location filename="../src/gui/dashboard.cpp" line="+52"/>
        <source>Quantus Miner keeps mining</source>
        <translation>Quantus Miner schürft weiter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The window is hidden; mining goes on. Use the tray icon to show it again or to quit.</source>
        <translation>Das Fenster ist ausgeblendet; das Mining läuft weiter. Über das Tray-Symbol lässt es sich wieder anzeigen oder beenden.</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>&amp;Hide window</source>
        <translation>Fenster &amp;ausblenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Show window</source>
        <translation>Fenster &amp;anzeigen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>S&amp;top mining</source>
        <translation>Mining s&amp;toppen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>S&amp;tart mining</source>
        <translation>Mining s&amp;tarten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Solution found</source>
        <translation>Lösung gefunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Job %1 found a nonce after %2 hashes in %3.</source>
        <translation>Job %1 hat nach %2 Hashes in %3 eine Nonce gefunden.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>cannot create the folder %1</source>
        <translation>der Ordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cannot write %1</source>
        <translation>%1 kann nicht geschrieben werden</translation>
    </message>
</context>
<context>
    <name>qm::gui::Format</name>
    <message>
        <location filename="../src/gui/format.cpp" line="+28"/>
        <source>n/a</source>
        <translation>k. A.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%1 d %2:%3:%4</source>
        <translation>%1 T %2:%3:%4</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 × 10^%2</source>
        <translation>%1 × 10^%2</translation>
    </message>
</context>
<context>
    <name>qm::gui::HashrateChart</name>
    <message>
        <location filename="../src/gui/widgets/hashrate_chart.cpp" line="+143"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hash rate (%1)</source>
        <translation>Hashrate (%1)</translation>
    </message>
</context>
<context>
    <name>qm::gui::IdentityPage</name>
    <message>
        <location filename="../src/gui/wizard/identity_page.cpp" line="+20"/>
        <source>Node data and identity</source>
        <translation>Knotendaten und Identität</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The node stores the chain in its data folder and needs an identity of its own on the network. Nothing here is secret, but keep the identity to keep your node&apos;s name among its peers.</source>
        <translation>Der Knoten speichert die Chain in seinem Datenordner und braucht eine eigene Identität im Netzwerk. Nichts davon ist geheim, aber behalten Sie die Identität, damit Ihr Knoten bei seinen Peers seinen Namen behält.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Create the identity now</source>
        <translation>Identität jetzt &amp;erstellen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Data folder:</source>
        <translation>Datenordner:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Choose the node&apos;s data folder</source>
        <translation>Datenordner des Knotens wählen</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Choose a folder with room for the chain.</source>
        <translation>Wählen Sie einen Ordner mit genug Platz für die Chain.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The node identity is ready: %1</source>
        <translation>Die Knotenidentität ist bereit: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The node identity is ready: %1
Peer id: %2</source>
        <translation>Die Knotenidentität ist bereit: %1
Peer-ID: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There is no node identity yet; it will be created at %1 by the node program.</source>
        <translation>Es gibt noch keine Knotenidentität; das Knotenprogramm legt sie unter %1 an.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The node program could not create the identity: %1</source>
        <translation>Das Knotenprogramm konnte die Identität nicht erstellen: %1</translation>
    </message>
</context>
<context>
    <name>qm::gui::JobTableModel</name>
    <message>
        <location filename="../src/gui/models/job_table_model.cpp" line="+210"/>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Completed</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Job %1</source>
        <translation>Job %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mining hash: %1</source>
        <translation>Mining-Hash: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Difficulty: %1</source>
        <translation>Schwierigkeit: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nonces: 0x%1 … 0x%2</source>
        <translation>Nonces: 0x%1 … 0x%2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Found nonce: 0x%1</source>
        <translation>Gefundene Nonce: 0x%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hash: 0x%1</source>
        <translation>Hash: 0x%1</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>10-second rate while running; the average once ended</source>
        <translation>10-Sekunden-Rate während des Laufs; danach der Durchschnitt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nonces checked so far</source>
        <translation>Bisher geprüfte Nonces</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Job</source>
        <translation>Job</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Difficulty</source>
        <translation>Schwierigkeit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nonces checked</source>
        <translation>Geprüfte Nonces</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rate</source>
        <translation>Rate</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Elapsed</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Found nonce</source>
        <translation>Gefundene Nonce</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Engine</source>
        <translation>Engine</translation>
    </message>
</context>
<context>
    <name>qm::gui::LocalNodeModel</name>
    <message>
        <location filename="../src/gui/models/local_node_model.cpp" line="+109"/>
        <source>The node is not set up yet.</source>
        <translation>Der Knoten ist noch nicht eingerichtet.</translation>
    </message>
    <message numerus="yes">
        <location line="+102"/>
        <source>%n days</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 hour</source>
        <translation>1 Stunde</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n hours</source>
        <translation>
            <numerusform>%n Stunde</numerusform>
            <numerusform>%n Stunden</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 minute</source>
        <translation>1 Minute</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n minutes</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 second</source>
        <translation>1 Sekunde</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n seconds</source>
        <translation>
            <numerusform>%n Sekunde</numerusform>
            <numerusform>%n Sekunden</numerusform>
        </translation>
    </message>
    <message>
        <location line="+36"/>
        <source>No local node set up</source>
        <translation>Kein lokaler Knoten eingerichtet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Node is stopped</source>
        <translation>Knoten ist gestoppt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Node is starting</source>
        <translation>Knoten startet</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Node stopped unexpectedly; restarting in %n s</source>
        <translation>
            <numerusform>Knoten unerwartet beendet; Neustart in %n s</numerusform>
            <numerusform>Knoten unerwartet beendet; Neustart in %n s</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Node cannot start: %1</source>
        <translation>Knoten kann nicht starten: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting for peers</source>
        <translation>Warte auf Peers</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Node is syncing (%1 %) — mining starts when it is done</source>
        <translation>Knoten synchronisiert (%1 %) — das Mining beginnt, sobald er fertig ist</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Waiting for a fresh tip: the best block is %1 old; the node mines once it has synced a block from the last %2</source>
        <translation>Warte auf eine frische Chain-Spitze: Der beste Block ist %1 alt; der Knoten schürft, sobald er einen Block synchronisiert hat, der höchstens %2 alt ist</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Mining</source>
        <translation>Mining läuft</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Node is in sync; mining is stopped</source>
        <translation>Knoten ist synchron; das Schürfen ist angehalten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The miner cannot use the node: %1</source>
        <translation>Der Miner kann den Knoten nicht nutzen: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Node is in sync; connecting the miner</source>
        <translation>Knoten ist synchron; der Miner verbindet sich</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Node is stopping</source>
        <translation>Knoten wird gestoppt</translation>
    </message>
</context>
<context>
    <name>qm::gui::LogConsole</name>
    <message>
        <location filename="../src/gui/widgets/log_console.cpp" line="+94"/>
        <source>Errors</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warnings and errors</source>
        <translation>Warnungen und Fehler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Information</source>
        <translation>Informationen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Debug</source>
        <translation>Debug</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everything</source>
        <translation>Alles</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Lines: %1</source>
        <translation>Zeilen: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Shown: %1 of %2</source>
        <translation>Angezeigt: %1 von %2</translation>
    </message>
    <message>
        <location line="+50"/>
        <location line="+5"/>
        <source>Save log</source>
        <translation>Protokoll speichern</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Log files (*.log *.txt);;All files (*)</source>
        <translation>Protokolldateien (*.log *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Could not save the log to %1: %2</source>
        <translation>Das Protokoll konnte nicht in %1 gespeichert werden: %2</translation>
    </message>
</context>
<context>
    <name>qm::gui::LogModel</name>
    <message>
        <location filename="../src/gui/models/log_model.cpp" line="+112"/>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Debug</source>
        <translation>Debug</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Trace</source>
        <translation>Trace</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
</context>
<context>
    <name>qm::gui::MainWindow</name>
    <message>
        <location filename="../src/gui/widgets/control_bar.cpp" line="+33"/>
        <source>Checking for CUDA devices…</source>
        <translation>Suche nach CUDA-Geräten…</translation>
    </message>
    <message>
        <location filename="../src/gui/main_window.cpp" line="+234"/>
        <source>Hash rate</source>
        <translation>Hashrate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>10 s average</source>
        <translation>Mittel über 10 s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>60 s average</source>
        <translation>Mittel über 60 s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>15 min average</source>
        <translation>Mittel über 15 min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jobs</source>
        <translation>Jobs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Solutions found</source>
        <translation>Gefundene Lösungen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Last minute</source>
        <translation>Letzte Minute</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Last 5 minutes</source>
        <translation>Letzte 5 Minuten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Last 15 minutes</source>
        <translation>Letzte 15 Minuten</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/control_bar.cpp" line="+58"/>
        <source>of %1 CPUs</source>
        <translation>von %1 CPUs</translation>
    </message>
    <message>
        <location filename="../src/gui/main_window_tabs.cpp" line="+75"/>
        <source>No jobs yet.
A Quantus node sends jobs to this miner over HTTP; point its external miner setting at the address in the status bar below.</source>
        <translation>Noch keine Jobs.
Ein Quantus-Knoten sendet Jobs per HTTP an diesen Miner; stelle dessen External-Miner-Einstellung auf die Adresse in der Statusleiste unten.</translation>
    </message>
    <message>
        <location filename="../src/gui/main_window.cpp" line="+14"/>
        <source>waiting for the first samples</source>
        <translation>warte auf die ersten Messwerte</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+385"/>
        <source>&amp;Hide to tray</source>
        <translation>In den &amp;Tray minimieren</translation>
    </message>
    <message>
        <location line="-385"/>
        <location line="+385"/>
        <source>&amp;Minimise</source>
        <translation>&amp;Minimieren</translation>
    </message>
    <message>
        <location line="-556"/>
        <location line="+223"/>
        <source>the service did not start (see the log)</source>
        <translation>der Dienst ist nicht gestartet (siehe Protokoll)</translation>
    </message>
    <message>
        <location filename="../src/gui/main_window_tabs.cpp" line="-5"/>
        <source>No jobs yet.
The node at %1 sends a job once it has peers and is in sync; its state is in the status bar below.</source>
        <translation>Noch keine Jobs.
Der Knoten unter %1 sendet einen Job, sobald er Peers hat und synchron ist; sein Zustand steht unten in der Statusleiste.</translation>
    </message>
    <message>
        <location filename="../src/gui/main_window.cpp" line="+59"/>
        <source>Listening on %1:%2</source>
        <translation>Lauscht auf %1:%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>metrics on port %1</source>
        <translation>Metriken auf Port %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+243"/>
        <source>Stopped</source>
        <translation>Gestoppt</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/control_bar.cpp" line="-9"/>
        <source>Stop mining</source>
        <translation>Mining stoppen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Start mining</source>
        <translation>Mining starten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Stop mining</source>
        <translation>Mining &amp;stoppen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Start mining</source>
        <translation>Mining &amp;starten</translation>
    </message>
    <message>
        <location filename="../src/gui/main_window.cpp" line="-231"/>
        <source>&lt;b&gt;Not mining for the node at %1.&lt;/b&gt; %2</source>
        <translation>&lt;b&gt;Kein Schürfen für den Knoten unter %1.&lt;/b&gt; %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&lt;b&gt;Not mining for any of the %1 nodes.&lt;/b&gt; %2</source>
        <translation>&lt;b&gt;Für keinen der %1 Knoten wird geschürft.&lt;/b&gt; %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&lt;b&gt;Not mining on %1:%2.&lt;/b&gt; %3</source>
        <translation>&lt;b&gt;Kein Mining auf %1:%2.&lt;/b&gt; %3</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/status_strip.cpp" line="+137"/>
        <source>connecting</source>
        <translation>verbinde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>authenticating</source>
        <translation>authentifiziere</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>connected, waiting for a job</source>
        <translation>verbunden, warte auf einen Job</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>mining job %1</source>
        <translation>schürfe Job %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>retrying in %1 s</source>
        <translation>neuer Versuch in %1 s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>stopped: %1</source>
        <translation>angehalten: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>stopped</source>
        <translation>angehalten</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Node %1: %2</source>
        <translation>Knoten %1: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Node %1 (%2 of %3): %4</source>
        <translation>Knoten %1 (%2 von %3): %4</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 jobs, %2 blocks submitted, last job %3 ago</source>
        <translation>%1 Jobs, %2 Blöcke eingereicht, letzter Job vor %3</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1. %2: %3</source>
        <translation>%1. %2: %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>mining for this node</source>
        <translation>für diesen Knoten wird geschürft</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>1 switch between nodes since the start</source>
        <translation>1 Wechsel zwischen Knoten seit dem Start</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n switches between nodes since the start</source>
        <translation>
            <numerusform>%n Wechsel zwischen Knoten seit dem Start</numerusform>
            <numerusform>%n Wechsel zwischen Knoten seit dem Start</numerusform>
        </translation>
    </message>
    <message>
        <location line="-70"/>
        <source>Uptime %1</source>
        <translation>Laufzeit %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Uptime —</source>
        <translation>Laufzeit —</translation>
    </message>
    <message>
        <location filename="../src/gui/main_window.cpp" line="+92"/>
        <source>Engine</source>
        <translation>Engine</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cannot switch to %1: %2</source>
        <translation>Wechsel zu %1 nicht möglich: %2</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/status_strip.cpp" line="-13"/>
        <source>Engine %1 (%2)</source>
        <translation>Engine %1 (%2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Workers %1</source>
        <translation>Worker %1</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/control_bar.cpp" line="-12"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 unavailable: %2</source>
        <translation>%1 nicht verfügbar: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (unavailable)</source>
        <translation>%1 (nicht verfügbar)</translation>
    </message>
    <message>
        <location filename="../src/gui/main_window.cpp" line="+56"/>
        <source>peak %1 (10 s)</source>
        <translation>Spitze %1 (10 s)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+12"/>
        <source>total %1 hashes</source>
        <translation>insgesamt %1 Hashes</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>%1 per worker</source>
        <translation>%1 je Worker</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 running</source>
        <translation>%1 laufend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 accepted · %2 completed</source>
        <translation>%1 angenommen · %2 abgeschlossen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Accepted %1</source>
        <translation>Angenommen %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Running %1</source>
        <translation>Laufend %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Completed %1</source>
        <translation>Abgeschlossen %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed %1</source>
        <translation>Fehlgeschlagen %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancelled %1</source>
        <translation>Abgebrochen %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finished jobs leave the list %1 min after the node has fetched them</source>
        <translation>Beendete Jobs verschwinden %1 min, nachdem der Knoten sie abgeholt hat</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>none yet this session</source>
        <translation>in dieser Sitzung noch keine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>last at %1</source>
        <translation>zuletzt um %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 · running jobs: %2</source>
        <translation>%1 · laufende Jobs: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not mining: %1</source>
        <translation>Kein Mining: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Quantus Miner</source>
        <translation>Quantus Miner</translation>
    </message>
    <message>
        <location filename="../src/gui/main_window_tabs.cpp" line="+19"/>
        <source>&amp;Cancel job</source>
        <translation>Job &amp;abbrechen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy job &amp;ID</source>
        <translation>Job-&amp;ID kopieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy found &amp;nonce</source>
        <translation>Gefundene &amp;Nonce kopieren</translation>
    </message>
    <message>
        <location filename="../src/gui/main_window_settings.cpp" line="+73"/>
        <source>Start on login</source>
        <translation>Bei Anmeldung starten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not change the autostart entry: %1</source>
        <translation>Der Autostart-Eintrag konnte nicht geändert werden: %1</translation>
    </message>
</context>
<context>
    <name>qm::gui::NetworkPage</name>
    <message>
        <location filename="../src/gui/wizard/network_page.cpp" line="+46"/>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The network your node joins, and the ports it uses on this computer only.</source>
        <translation>Das Netzwerk, dem Ihr Knoten beitritt, und die Ports, die er nur auf diesem Computer nutzt.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>optional; shown to other nodes</source>
        <translation>optional; für andere Knoten sichtbar</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Chain:</source>
        <translation>Chain:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Node name:</source>
        <translation>Knotenname:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Miner port (QUIC):</source>
        <translation>Miner-Port (QUIC):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RPC port:</source>
        <translation>RPC-Port:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prometheus port:</source>
        <translation>Prometheus-Port:</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The manifest names %1 (%2) for node %3.</source>
        <translation>Das Manifest nennt %1 (%2) für Knoten %3.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A test network: its tokens have no value.</source>
        <translation>Ein Testnetz: Seine Token haben keinen Wert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The chain the network&apos;s compatibility manifest names: mainnet, or a test network such as planck.</source>
        <translation>Die Chain, die das Kompatibilitätsmanifest des Netzwerks nennt: mainnet oder ein Testnetz wie planck.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>optional; empty: %1</source>
        <translation>optional; leer: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cannot tell how much space is free at %1.</source>
        <translation>Wie viel Platz unter %1 frei ist, lässt sich nicht ermitteln.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>⚠ Only %1 free on the data folder&apos;s disk; a node of this network needs about %2. Choose another data folder or free some space, or the node will stop when the disk is full.</source>
        <translation>⚠ Nur %1 frei auf dem Datenträger des Datenordners; ein Knoten dieses Netzwerks braucht etwa %2. Wählen Sie einen anderen Datenordner oder schaffen Sie Platz, sonst stoppt der Knoten, wenn der Datenträger voll ist.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 free on the data folder&apos;s disk; the network needs about %2.</source>
        <translation>%1 frei auf dem Datenträger des Datenordners; das Netzwerk braucht etwa %2.</translation>
    </message>
</context>
<context>
    <name>qm::gui::NodePanel</name>
    <message>
        <location filename="../src/gui/widgets/node_panel.cpp" line="+90"/>
        <source>The node cannot start</source>
        <translation>Der Knoten kann nicht starten</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Chain:</source>
        <translation>Chain:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Node version:</source>
        <translation>Knotenversion:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Peers:</source>
        <translation>Peers:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Best block:</source>
        <translation>Bester Block:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last block:</source>
        <translation>Letzter Block:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Blocks mined:</source>
        <translation>Geschürfte Blöcke:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Restarts:</source>
        <translation>Neustarts:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Peer id:</source>
        <translation>Peer-ID:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Set &amp;up…</source>
        <translation>&amp;Einrichten…</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Set up a node…</source>
        <translation>Knoten einrichten…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>S&amp;top node</source>
        <translation>Knoten s&amp;toppen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>S&amp;tart node</source>
        <translation>Knoten s&amp;tarten</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 of %2 blocks (%3 %)</source>
        <translation>%1 von %2 Blöcken (%3 %)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not running</source>
        <translation>läuft nicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 blocks/s</source>
        <translation>%1 Blöcke/s</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%n s ago</source>
        <translation>
            <numerusform>vor %n s</numerusform>
            <numerusform>vor %n s</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 ago</source>
        <translation>vor %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 this run, %2 in total</source>
        <translation>%1 in diesem Lauf, %2 insgesamt</translation>
    </message>
</context>
<context>
    <name>qm::gui::NodeWizard</name>
    <message>
        <location filename="../src/gui/wizard/node_wizard.cpp" line="+16"/>
        <source>Set up your Quantus node</source>
        <translation>Ihren Quantus-Knoten einrichten</translation>
    </message>
</context>
<context>
    <name>qm::gui::PhrasePage</name>
    <message>
        <location filename="../src/gui/wizard/rewards_page.cpp" line="-87"/>
        <source>Write down your 24 words</source>
        <translation>Schreiben Sie Ihre 24 Wörter auf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>These words are your rewards key. Write them on paper, in order, and keep it safe.</source>
        <translation>Diese Wörter sind Ihr Belohnungsschlüssel. Schreiben Sie sie der Reihe nach auf Papier und bewahren Sie es sicher auf.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anyone with these words can take your rewards; without them you cannot recover the key. They are shown only now and are not stored anywhere.</source>
        <translation>Wer diese Wörter hat, kann Ihre Belohnungen nehmen; ohne sie lässt sich der Schlüssel nicht wiederherstellen. Sie werden nur jetzt angezeigt und nirgends gespeichert.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>I have &amp;written the 24 words down</source>
        <translation>Ich habe die 24 Wörter &amp;aufgeschrieben</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Address: %1</source>
        <translation>Adresse: %1</translation>
    </message>
</context>
<context>
    <name>qm::gui::ProgramPage</name>
    <message>
        <location filename="../src/gui/wizard/program_page.cpp" line="+26"/>
        <source>The node program</source>
        <translation>Das Knotenprogramm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your miner mines for a Quantus node on this computer. Choose the node program you have, or download the release the network expects.</source>
        <translation>Ihr Miner schürft für einen Quantus-Knoten auf diesem Computer. Wählen Sie das Knotenprogramm, das Sie haben, oder laden Sie das Release herunter, das das Netzwerk erwartet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use a &amp;quantus-node I already have</source>
        <translation>Einen vorhandenen &amp;quantus-node verwenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Download the node the network names</source>
        <translation>Den vom Netzwerk genannten Knoten &amp;herunterladen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Path to quantus-node</source>
        <translation>Pfad zu quantus-node</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The compatibility manifest lists the node release for each network with its SHA-256 checksum.</source>
        <translation>Das Kompatibilitätsmanifest nennt für jedes Netzwerk das Knoten-Release mit seiner SHA-256-Prüfsumme.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Down&amp;load</source>
        <translation>Herunter&amp;laden</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Manifest:</source>
        <translation>Manifest:</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Choose quantus-node</source>
        <translation>quantus-node wählen</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Downloading quantus-node %1 for %2…</source>
        <translation>Lade quantus-node %1 für %2 herunter…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The download broke off (%1); trying again (%2)…</source>
        <translation>Der Download brach ab (%1); neuer Versuch (%2)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Checking the SHA-256 checksum…</source>
        <translation>Prüfe die SHA-256-Prüfsumme…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Downloaded and verified: %1</source>
        <translation>Heruntergeladen und geprüft: %1</translation>
    </message>
    <message>
        <location line="-26"/>
        <location line="+31"/>
        <source>The download failed: %1</source>
        <translation>Der Download ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Network: %1 (%2), node %3</source>
        <translation>Netzwerk: %1 (%2), Knoten %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Manifest updated %1</source>
        <translation>Manifest aktualisiert: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is a test network: its tokens have no value.</source>
        <translation>%1 ist ein Testnetz: Seine Token haben keinen Wert.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The manifest address is not a valid URL.</source>
        <translation>Die Adresse des Manifests ist keine gültige URL.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Reading the compatibility manifest…</source>
        <translation>Lese das Kompatibilitätsmanifest…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>This is not a usable quantus-node: %1</source>
        <translation>Das ist kein verwendbarer quantus-node: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Found %1.</source>
        <translation>Gefunden: %1.</translation>
    </message>
</context>
<context>
    <name>qm::gui::QrCodeWidget</name>
    <message>
        <location filename="../src/gui/widgets/qr_code_widget.cpp" line="+57"/>
        <source>QR code</source>
        <translation>QR-Code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Empty: no text to show</source>
        <translation>Leer: kein Text zum Anzeigen</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <location line="+2"/>
        <location line="+4"/>
        <source>QR code of %1</source>
        <translation>QR-Code von %1</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Not shown: the text is too long for a QR code (%1 bytes)</source>
        <translation>Nicht angezeigt: Der Text ist zu lang für einen QR-Code (%1 Bytes)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not shown: the QR code could not be made</source>
        <translation>Nicht angezeigt: Der QR-Code konnte nicht erzeugt werden</translation>
    </message>
</context>
<context>
    <name>qm::gui::ReadyPage</name>
    <message>
        <location filename="../src/gui/wizard/network_page.cpp" line="+44"/>
        <source>Ready to mine</source>
        <translation>Bereit zum Schürfen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finish starts your node. It first catches up with the chain; the miner starts by itself when the node is in sync and has peers.</source>
        <translation>„Abschließen“ startet Ihren Knoten. Er holt zuerst die Chain auf; der Miner startet von selbst, sobald der Knoten synchron ist und Peers hat.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Start the node and mine now</source>
        <translation>&amp;Knoten jetzt starten und schürfen</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Node program</source>
        <translation>Knotenprogramm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data folder</source>
        <translation>Datenordner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chain</source>
        <translation>Chain</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rewards address</source>
        <translation>Belohnungsadresse</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>(not given)</source>
        <translation>(nicht angegeben)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inner hash</source>
        <translation>Inner Hash</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ports</source>
        <translation>Ports</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>miner %1, RPC %2, Prometheus %3</source>
        <translation>Miner %1, RPC %2, Prometheus %3</translation>
    </message>
</context>
<context>
    <name>qm::gui::RewardsPage</name>
    <message>
        <location filename="../src/gui/wizard/rewards_page.cpp" line="-199"/>
        <source>Your rewards</source>
        <translation>Ihre Belohnungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blocks your node mines pay a wormhole address. The node needs only the address&apos;s inner hash; your 24 secret words never leave this computer and are not stored.</source>
        <translation>Blöcke, die Ihr Knoten schürft, zahlen an eine Wormhole-Adresse. Der Knoten braucht nur den Inner Hash der Adresse; Ihre 24 geheimen Wörter verlassen nie diesen Computer und werden nicht gespeichert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>I have the &amp;inner hash of my rewards address</source>
        <translation>Ich habe den &amp;Inner Hash meiner Belohnungsadresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I have the &amp;24 words of an existing key</source>
        <translation>Ich habe die &amp;24 Wörter eines vorhandenen Schlüssels</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create a &amp;new key for me</source>
        <translation>Einen &amp;neuen Schlüssel für mich erstellen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>qz… (optional, for the QR code)</source>
        <translation>qz… (optional, für den QR-Code)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>word1 word2 … word24</source>
        <translation>Wort1 Wort2 … Wort24</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show the words</source>
        <translation>Wörter anzeigen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Inner hash:</source>
        <translation>Inner Hash:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address:</source>
        <translation>Adresse:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Words:</source>
        <translation>Wörter:</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <location line="+14"/>
        <source>%n of 24 words</source>
        <translation>
            <numerusform>%n von 24 Wörtern</numerusform>
            <numerusform>%n von 24 Wörtern</numerusform>
        </translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The inner hash is 0x followed by 64 hexadecimal digits.</source>
        <translation>Der Inner Hash ist 0x, gefolgt von 64 Hexadezimalziffern.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A Quantus rewards address starts with qz.</source>
        <translation>Eine Quantus-Belohnungsadresse beginnt mit qz.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The node program did not accept the words: %1</source>
        <translation>Das Knotenprogramm hat die Wörter nicht angenommen: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The node program could not create a key: %1</source>
        <translation>Das Knotenprogramm konnte keinen Schlüssel erstellen: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Rewards go to %1</source>
        <translation>Belohnungen gehen an %1</translation>
    </message>
</context>
<context>
    <name>qm::gui::RewardsPanel</name>
    <message>
        <location filename="../src/gui/widgets/rewards_panel.cpp" line="+111"/>
        <source>Rewards address</source>
        <translation>Belohnungsadresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inner hash the node mines for:</source>
        <translation>Inner Hash, für den der Knoten schürft:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>blocks mined since the app started</source>
        <translation>seit dem Start der App geschürfte Blöcke</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>blocks mined in total</source>
        <translation>insgesamt geschürfte Blöcke</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set up a node to mine for your own rewards address. The assistant takes a few minutes and needs no terminal.</source>
        <translation>Richten Sie einen Knoten ein, um für Ihre eigene Belohnungsadresse zu schürfen. Der Assistent dauert ein paar Minuten und braucht kein Terminal.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set &amp;up a node…</source>
        <translation>Knoten &amp;einrichten…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>(only the inner hash is known)</source>
        <translation>(nur der Inner Hash ist bekannt)</translation>
    </message>
</context>
<context>
    <name>qm::gui::SettingsDialog</name>
    <message>
        <location filename="../src/gui/settings_dialog.cpp" line="+45"/>
        <source>%1 — folder %2</source>
        <translation>%1 — Ordner %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 — files %2 and %3</source>
        <translation>%1 — Dateien %2 und %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 — folder %2, files %3 and %4</source>
        <translation>%1 — Ordner %2, Dateien %3 und %4</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>This desktop has no system tray.</source>
        <translation>Diese Arbeitsumgebung hat keinen Systemabschnitt (Tray).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>any free port</source>
        <translation>beliebiger freier Port</translation>
    </message>
    <message>
        <location filename="../src/gui/node_source_fields.cpp" line="+23"/>
        <source>The node&apos;s auth token file</source>
        <translation>Die Token-Datei des Knotens</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The node&apos;s certificate pin file</source>
        <translation>Die Zertifikats-Pin-Datei des Knotens</translation>
    </message>
    <message>
        <location filename="../src/gui/settings_dialog.cpp" line="+57"/>
        <source>This computer only</source>
        <translation>Nur dieser Computer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every IPv4 network interface</source>
        <translation>Alle IPv4-Netzwerkschnittstellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This computer only (IPv6)</source>
        <translation>Nur dieser Computer (IPv6)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every network interface</source>
        <translation>Alle Netzwerkschnittstellen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>System default</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Follow the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Changing the address or a port restarts the service; running jobs are cancelled.</source>
        <translation>Eine Änderung der Adresse oder eines Ports startet den Dienst neu; laufende Jobs werden abgebrochen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>API port</source>
        <translation>API-Port</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>metrics port</source>
        <translation>Metrik-Port</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This run was started with the %1 on the command line or in the environment; those win over what is saved here at the next start.</source>
        <translation>Dieser Lauf setzt %1 über die Befehlszeile oder die Umgebung; das hat beim nächsten Start Vorrang vor den hier gespeicherten Werten.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The node writes %1 and %2 into its &lt;base-path&gt;/chains/&lt;chain&gt;/ folder when it runs with --miner-listen-port. Only these paths are saved, never the token.</source>
        <translation>Der Knoten schreibt %1 und %2 in seinen Ordner &lt;base-path&gt;/chains/&lt;chain&gt;/, wenn er mit --miner-listen-port läuft. Gespeichert werden nur diese Pfade, nie das Token.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This run&apos;s node was given on the command line or in the environment; that wins over what is saved here at the next start.</source>
        <translation>Der Knoten dieses Laufs wurde auf der Befehlszeile oder in der Umgebung angegeben; das hat beim nächsten Start Vorrang vor dem hier Gespeicherten.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The miner mines for the first node in this order that is reachable and has a job. When that node goes, it switches to the next one within seconds, and it returns to a higher one when that is back.</source>
        <translation>Der Miner schürft für den ersten Knoten in dieser Reihenfolge, der erreichbar ist und einen Job hat. Fällt dieser Knoten aus, wechselt er binnen Sekunden zum nächsten und kehrt zu einem höheren zurück, sobald dieser wieder da ist.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The backup nodes of this run came with its node from the command line or the environment; they win over this list at the next start.</source>
        <translation>Die Backup-Knoten dieses Laufs kamen mit seinem Knoten über die Befehlszeile oder die Umgebung; sie haben beim nächsten Start Vorrang vor dieser Liste.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Add a backup node</source>
        <translation>Backup-Knoten hinzufügen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit the backup node</source>
        <translation>Backup-Knoten ändern</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Backup node %1 (%2): this node is already in the list; give each node once.</source>
        <translation>Backup-Knoten %1 (%2): Dieser Knoten steht schon in der Liste; geben Sie jeden Knoten nur einmal an.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Backup node %1 (%2): %3</source>
        <translation>Backup-Knoten %1 (%2): %3</translation>
    </message>
    <message>
        <location filename="../src/gui/node_source_fields.cpp" line="+49"/>
        <source>The node&apos;s directory (chains/&lt;chain&gt;)</source>
        <translation>Verzeichnis des Knotens (chains/&lt;chain&gt;)</translation>
    </message>
    <message>
        <location filename="../src/gui/settings_dialog.cpp" line="+24"/>
        <source>Enter the node&apos;s address, e.g. 127.0.0.1:9833 (the port of its --miner-listen-port).</source>
        <translation>Geben Sie die Adresse des Knotens ein, z. B. 127.0.0.1:9833 (der Port seines --miner-listen-port).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1” is not a node address: use HOST:PORT, e.g. 127.0.0.1:9833.</source>
        <translation>„%1“ ist keine Knotenadresse: Verwenden Sie HOST:PORT, z. B. 127.0.0.1:9833.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file “%1” does not exist.</source>
        <translation>Die Datei „%1“ existiert nicht.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose the node&apos;s directory: &lt;base-path&gt;/chains/&lt;chain&gt;/, where it writes %1.</source>
        <translation>Wählen Sie das Verzeichnis des Knotens: &lt;base-path&gt;/chains/&lt;chain&gt;/, wo er %1 schreibt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The folder “%1” does not exist.</source>
        <translation>Der Ordner „%1“ existiert nicht.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1” has no %2 file: choose the node&apos;s chains/&lt;chain&gt;/ folder, and start the node with --miner-listen-port so that it writes the file.</source>
        <translation>„%1“ enthält keine Datei %2: Wählen Sie den Ordner chains/&lt;chain&gt;/ des Knotens und starten Sie den Knoten mit --miner-listen-port, damit er die Datei schreibt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose both files: the node&apos;s %1 and its %2.</source>
        <translation>Wählen Sie beide Dateien: %1 und %2 des Knotens.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>These node settings cannot be used: %1.</source>
        <translation>Diese Knoteneinstellungen sind nicht verwendbar: %1.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>“%1” is not an IP address. Use 127.0.0.1 (this computer), 0.0.0.0 or :: (every interface).</source>
        <translation>„%1“ ist keine IP-Adresse. Verwende 127.0.0.1 (dieser Computer), 0.0.0.0 oder :: (alle Schnittstellen).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The metrics port must differ from the API port.</source>
        <translation>Der Metrik-Port muss sich vom API-Port unterscheiden.</translation>
    </message>
</context>
<context>
    <name>qm::gui::SystemPanel</name>
    <message>
        <location filename="../src/gui/widgets/system_panel.cpp" line="+91"/>
        <source>Worker %1</source>
        <translation>Worker %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none of AVX2, BMI2, AVX-512 (scalar code only)</source>
        <translation>weder AVX2, BMI2 noch AVX-512 (nur skalarer Code)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1; in use: %2</source>
        <translation>%1; in Gebrauch: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1; would use %2</source>
        <translation>%1; würde %2 nutzen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Looking for CUDA devices…</source>
        <translation>Suche nach CUDA-Geräten…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>gpu-cuda can use %1 of %2 GPUs (driver CUDA %3.%4; %5)</source>
        <translation>gpu-cuda kann %1 von %2 GPUs nutzen (Treiber CUDA %3.%4; %5)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>gpu-cuda unavailable: %1</source>
        <translation>gpu-cuda nicht verfügbar: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Worker</source>
        <translation>Worker</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>10 s</source>
        <translation>10 s</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>60 s</source>
        <translation>60 s</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>15 min</source>
        <translation>15 min</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>GPU</source>
        <translation>GPU</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Memory</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Compute</source>
        <translation>Rechenleistung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Temperature</source>
        <translation>Temperatur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Power</source>
        <translation>Leistung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Load</source>
        <translation>Auslastung</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not usable: %1</source>
        <translation>nicht nutzbar: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1, %2 SMs</source>
        <translation>%1, %2 SMs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 °C</source>
        <translation>%1 °C</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 W</source>
        <translation>%1 W</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 / %2 W</source>
        <translation>%1 / %2 W</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
</context>
</TS>
