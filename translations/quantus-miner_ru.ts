<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../ui/about_dialog.ui" line="+14"/>
        <source>About Quantus Miner</source>
        <translation>О программе Quantus Miner</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Quantus Miner</source>
        <translation>Quantus Miner</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Searches nonces for the Quantus Network&apos;s Poseidon2 proof of work, on CPUs and NVIDIA GPUs, for a Quantus node that sends jobs over HTTP.</source>
        <translation>Ищет nonce для доказательства работы Poseidon2 сети Quantus на CPU и GPU NVIDIA для узла Quantus, присылающего задания по HTTP.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Build</source>
        <translation>Сборка</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>CUDA engine</source>
        <translation>Движок CUDA</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>CPU code paths</source>
        <translation>Пути кода CPU</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Qt</source>
        <translation>Qt</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Licence: MIT</source>
        <translation>Лицензия: MIT</translation>
    </message>
</context>
<context>
    <name>BackupNodeDialog</name>
    <message>
        <location filename="../ui/backup_node_dialog.ui" line="+14"/>
        <source>Backup node</source>
        <translation>Резервный узел</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Backup node a&amp;ddress</source>
        <translation>А&amp;дрес резервного узла</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>HOST:PORT of the node&apos;s miner port (its --miner-listen-port), e.g. 127.0.0.1:9833.</source>
        <translation>ХОСТ:ПОРТ порта майнеров узла (его --miner-listen-port), например 127.0.0.1:9833.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Node &amp;directory</source>
        <translation>&amp;Каталог узла</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The node&apos;s &lt;base-path&gt;/chains/&lt;chain&gt;/ folder: both files are read from there.</source>
        <translation>Папка узла &lt;base-path&gt;/chains/&lt;chain&gt;/: оба файла читаются оттуда.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Choose the node&apos;s directory</source>
        <translation>Выбрать каталог узла</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The two &amp;files</source>
        <translation>Два &amp;файла</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Auth &amp;token file</source>
        <translation>Файл &amp;токена</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The node&apos;s miner-auth-token file.</source>
        <translation>Файл miner-auth-token узла.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Choose the token file</source>
        <translation>Выбрать файл токена</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Certificate &amp;pin file</source>
        <translation>Файл &amp;отпечатка сертификата</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The node&apos;s miner-tls-cert-sha256 file.</source>
        <translation>Файл miner-tls-cert-sha256 узла.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Choose the certificate pin file</source>
        <translation>Выбрать файл отпечатка сертификата</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../src/app/app_options.cpp" line="+68"/>
        <source>%1 (see quantus-miner --help)</source>
        <translation>%1 (см. quantus-miner --help)</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>invalid --gpu-devices &apos;%1&apos;: expected a number of GPUs from 1 to 64, or all</source>
        <translation>недопустимое значение --gpu-devices &apos;%1&apos;: ожидается число GPU от 1 до 64 или all</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--lang needs a language code such as de or zh_CN</source>
        <translation>--lang требует код языка, например de или zh_CN</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--screenshot needs a PNG file name</source>
        <translation>--screenshot требует имя файла PNG</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 needs a value in seconds</source>
        <translation>%1 требует значение в секундах</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>invalid %1 &apos;%2&apos;: expected seconds, more than 0 and at most 3600</source>
        <translation>недопустимое значение %1 &apos;%2&apos;: ожидаются секунды, больше 0 и не более 3600</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>invalid --pow &apos;%1&apos;: expected v1 or v2</source>
        <translation>недопустимый --pow &apos;%1&apos;: ожидается v1 или v2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--duration needs a value in seconds</source>
        <translation>--duration требует значение в секундах</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>invalid --duration &apos;%1&apos;: expected seconds, more than 0 and at most 86400</source>
        <translation>недопустимое значение --duration &apos;%1&apos;: ожидаются секунды, больше 0 и не более 86400</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>hash takes no option &apos;%1&apos;</source>
        <translation>hash не принимает параметр &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>benchmark takes no option &apos;%1&apos;</source>
        <translation>benchmark не принимает параметр &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>health takes no option &apos;%1&apos;</source>
        <translation>health не принимает параметр «%1»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown option &apos;%1&apos;</source>
        <translation>неизвестный параметр &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="-30"/>
        <location line="+34"/>
        <source>%1 needs a value</source>
        <translation>%1 требует значение</translation>
    </message>
    <message>
        <location line="-147"/>
        <source>node needs a subcommand: install</source>
        <translation>node требует подкоманду: install</translation>
    </message>
    <message>
        <location line="+117"/>
        <source>node install takes no option &apos;%1&apos;</source>
        <translation>node install не принимает параметр «%1»</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--node needs ADDR,dir=DIR or ADDR,token-file=F,cert-sha256-file=F</source>
        <translation>--node требует ADDR,dir=DIR или ADDR,token-file=F,cert-sha256-file=F</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>hash needs MINING_HASH NONCE [DIFFICULTY], got %1 argument(s)</source>
        <translation>hash требует MINING_HASH NONCE [DIFFICULTY], получено аргументов: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>лишний аргумент &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Usage:</source>
        <translation>Использование:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mine jobs sent by a Quantus node over HTTP</source>
        <translation>майнит задания, присылаемые узлом Quantus по HTTP</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Service options (command line over environment over default):</source>
        <translation>Параметры службы (командная строка важнее окружения, окружение — умолчаний):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>run without the dashboard (also automatic without a display)</source>
        <translation>работать без панели (автоматически, если нет дисплея)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HTTP API port (default 9833; 0: any free port)</source>
        <translation>порт HTTP API (по умолчанию 9833; 0: любой свободный)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>address to listen on (default 127.0.0.1;
0.0.0.0 in containers). The API has NO
authentication: anyone who can reach it can
submit and cancel jobs. Expose it only to the node.</source>
        <translation>адрес для прослушивания (по умолчанию 127.0.0.1;
0.0.0.0 в контейнерах). У API НЕТ аутентификации:
любой, кто до него доберётся, может отправлять и
отменять задания. Открывайте его только узлу.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>hashing threads (default: half of the CPUs this
process may use, cgroup cpuset honoured, at least 1;
more than available is clamped)</source>
        <translation>потоки хеширования (по умолчанию: половина CPU,
доступных процессу, с учётом cpuset cgroup, не
меньше 1; больше доступного — урезается)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cpu-fast (default), cpu-baseline, gpu-cuda</source>
        <translation>cpu-fast (по умолчанию), cpu-baseline, gpu-cuda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prometheus GET /metrics on this port (default off)</source>
        <translation>Prometheus GET /metrics на этом порту (по умолчанию
выключено)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>target length of one chunk of work (default 1000)</source>
        <translation>желаемая длина одной порции работы (по умолчанию
1000)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>open connections per HTTP port (default 256)</source>
        <translation>открытых соединений на HTTP-порт (по умолчанию 256)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>error, warn, info (default), debug, trace</source>
        <translation>error, warn, info (по умолчанию), debug, trace</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>also append the log to PATH</source>
        <translation>также дописывать журнал в PATH</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>mine for a Quantus node over QUIC (QPoW v2),
e.g. 127.0.0.1:9833 (the node&apos;s --miner-listen-port)</source>
        <translation>майнить для узла Quantus по QUIC (QPoW v2), например
127.0.0.1:9833 (--miner-listen-port узла)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the node&apos;s miner-auth-token (or --auth-token T,
MINER_AUTH_TOKEN; a token on the command line
is visible to other users of this machine)</source>
        <translation>miner-auth-token узла (или --auth-token T,
MINER_AUTH_TOKEN; токен в командной строке виден
другим пользователям этой машины)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>both files from the node&apos;s directory
&lt;base-path&gt;/chains/&lt;chain&gt;/</source>
        <translation>оба файла из &lt;base-path&gt;/chains/&lt;chain&gt;/ узла</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>one more node, after --node-addr&apos;s and the --node
before it (repeat for each; the first reachable
one is mined for, the miner fails over and returns
to a higher one when it is back). Or
ADDR,token-file=F,cert-sha256-file=F. MINER_NODES:
the entries separated by &apos;;&apos;</source>
        <translation>ещё один узел, после узла --node-addr и предыдущих
--node (повторите для каждого; майнинг идёт для
первого доступного, при сбое майнер переключается
и возвращается к более раннему, когда тот снова
доступен). Или ADDR,token-file=F,cert-sha256-file=F.
MINER_NODES: записи через &apos;;&apos;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>run this quantus-node, keep it running and mine
for it (instead of --node-addr); it stops with
the miner</source>
        <translation>запустить этот quantus-node, держать его запущенным
и майнить для него (вместо --node-addr); он
останавливается вместе с майнером</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the node&apos;s database and keys (its --base-path;
the node key is made there when missing)</source>
        <translation>база данных и ключи узла (его --base-path; ключ
узла создаётся там, если его нет)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>where the rewards go: the Inner Hash that
quantus-node key quantus --scheme wormhole prints</source>
        <translation>куда идут награды: Inner Hash, который выводит
quantus-node key quantus --scheme wormhole</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the node&apos;s name on the network (default:
quantus-miner-&lt;8 hex digits&gt;, the same each start)</source>
        <translation>имя узла в сети (по умолчанию:
quantus-miner-&lt;8 hex-цифр&gt;, всегда одно и то же)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the node&apos;s --miner-listen-port (default 9833)</source>
        <translation>--miner-listen-port узла (по умолчанию 9833)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the node&apos;s --rpc-port on 127.0.0.1 (default 9944)</source>
        <translation>--rpc-port узла на 127.0.0.1 (по умолчанию 9944)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the node&apos;s --prometheus-port (default 9615)</source>
        <translation>--prometheus-port узла (по умолчанию 9615)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the same as --workers; 0: no CPU mining,
gpu-cuda mines</source>
        <translation>то же, что --workers; 0: без майнинга на CPU, майнит
gpu-cuda</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>the node&apos;s miner-tls-cert-sha256 (or
--tls-cert-sha256 HEX, MINER_TLS_CERT_SHA256)</source>
        <translation>miner-tls-cert-sha256 узла (или --tls-cert-sha256 HEX,
MINER_TLS_CERT_SHA256)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>the node&apos;s chain: mainnet, planck (testnet), dev,
or a chain spec file</source>
        <translation>цепочка узла: mainnet, planck (тестовая сеть), dev
или файл спецификации цепочки</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>gpu-cuda: use the first N visible GPUs (default all;
CUDA_VISIBLE_DEVICES picks which are visible)</source>
        <translation>gpu-cuda: использовать первые N видимых GPU (по
умолчанию all; видимые задаёт CUDA_VISIBLE_DEVICES)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>interface language (de, es, fr, ru, zh_CN, en;
default: the dashboard&apos;s setting, else the system&apos;s)</source>
        <translation>язык интерфейса (de, es, fr, ru, zh_CN, en; по
умолчанию — из настроек панели, иначе системный)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dashboard checks (need a display):</source>
        <translation>Проверки панели (нужен дисплей):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>save the window as PNG after --screenshot-delay SECONDS (default 8), quit</source>
        <translation>сохранить окно в PNG через --screenshot-delay
SECONDS (по умолчанию 8) и выйти</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>print the longest GUI event-loop stall over that time, quit</source>
        <translation>вывести самую долгую задержку цикла событий GUI
за это время и выйти</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>hash: prints the 128-hex-digit PoW hash of MINING_HASH (64 hex digits) and NONCE
(1 to 128 hex digits, the number they spell, zero-padded on the left), and with
DIFFICULTY (decimal, at least 1) &apos;valid&apos; or &apos;invalid&apos; on a second line.</source>
        <translation>hash: выводит PoW-хеш (128 hex-цифр) от MINING_HASH (64 hex-цифры) и NONCE
(от 1 до 128 hex-цифр — задаваемое ими число, дополненное нулями слева),
а с DIFFICULTY (десятичное, не меньше 1) — &apos;valid&apos; или &apos;invalid&apos; второй строкой.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>benchmark: mines a job no hash can solve through the same workers as real jobs
and reports hashes per second, in total and per worker.
--duration SECONDS (default 10), --json (one JSON object), --engine, --workers,
--gpu-devices.</source>
        <translation>benchmark: майнит неразрешимое задание теми же потоками, что и настоящие
задания, и сообщает число хешей в секунду, всего и на поток.
--duration SECONDS (по умолчанию 10), --json (один объект JSON), --engine,
--workers, --gpu-devices.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--pow v1|v2 (hash, benchmark): the proof of work, QPoW v1 of HTTP nodes (default)
or QPoW v2 of today&apos;s network.</source>
        <translation>--pow v1|v2 (hash, benchmark): доказательство работы, QPoW v1 узлов HTTP (по умолчанию)
или QPoW v2 нынешней сети.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>health: asks the miner running on --bind and --port (or MINER_BIND, MINER_PORT)
whether its API answers; exit 0 when it does (a container&apos;s HEALTHCHECK).</source>
        <translation>health: спрашивает майнер, работающий на --bind и --port (или MINER_BIND, MINER_PORT),
отвечает ли его API; код выхода 0, если да (HEALTHCHECK контейнера).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>node install: downloads the quantus-node the network&apos;s compatibility manifest
names for this computer (--manifest URL or FILE, default
https://docs.quantus.com/mining-compatibility.json), checks its SHA-256, unpacks
it into --dir DIR (default ~/.local/share/quantus-miner/node/bin) and prints its
path and version. --dry-run prints the network, node version, URL and SHA-256
and downloads nothing. Exit 1: the download failed; 2: a bad manifest or option.</source>
        <translation>node install: скачивает quantus-node, который манифест совместимости сети
указывает для этого компьютера (--manifest URL или FILE, по умолчанию
https://docs.quantus.com/mining-compatibility.json), проверяет его SHA-256,
распаковывает в --dir DIR (по умолчанию ~/.local/share/quantus-miner/node/bin)
и выводит его путь и версию. --dry-run выводит сеть, версию узла, URL и SHA-256
и ничего не скачивает. Код выхода 1: загрузка не удалась; 2: неверный манифест
или параметр.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Exit codes: 0 success, 1 runtime failure (e.g. port in use), 2 invalid arguments.</source>
        <translation>Коды выхода: 0 — успех, 1 — ошибка выполнения (например, порт занят),
2 — недопустимые аргументы.</translation>
    </message>
</context>
<context>
    <name>LogConsole</name>
    <message>
        <location filename="../ui/log_console.ui" line="+37"/>
        <source>S&amp;how</source>
        <translation>По&amp;казать</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Search the log…</source>
        <translation>Поиск в журнале…</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Copy the selected lines (all shown lines when none is selected)</source>
        <translation>Копировать выбранные строки (все показанные, если ничего не выбрано)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Copy</source>
        <translation>Копи&amp;ровать</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Save the shown lines to a file</source>
        <translation>Сохранить показанные строки в файл</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sa&amp;ve…</source>
        <translation>Со&amp;хранить…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Clear the console (the log file and stderr keep their lines)</source>
        <translation>Очистить консоль (файл журнала и stderr сохраняют свои строки)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>C&amp;lear</source>
        <translation>О&amp;чистить</translation>
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
        <translation>Запустить или остановить службу майнинга. Остановка закрывает порт и отменяет выполняемые задания.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stop mining</source>
        <translation>Остановить майнинг</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Engine</source>
        <translation>&amp;Движок</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The hashing engine. A change applies to the next chunk of every job, without restarting them.</source>
        <translation>Движок хеширования. Изменение действует со следующей порции каждого задания, без перезапуска.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>&amp;Workers</source>
        <translation>&amp;Потоки</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Worker threads hashing on the CPU. A change applies to the next chunk, without restarting jobs.</source>
        <translation>Рабочие потоки, хеширующие на CPU. Изменение действует со следующей порции, без перезапуска заданий.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>About Quantus Miner</source>
        <translation>О программе Quantus Miner</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>&amp;Retry</source>
        <translation>Пов&amp;торить</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Change &amp;port…</source>
        <translation>Сменить п&amp;орт…</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Hash rate</source>
        <translation>Хешрейт</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>How much history the chart shows</source>
        <translation>Какой период показывает график</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+217"/>
        <source>&amp;Jobs</source>
        <translation>&amp;Задания</translation>
    </message>
    <message>
        <location line="-119"/>
        <location line="+127"/>
        <source>&amp;Log</source>
        <translation>&amp;Журнал</translation>
    </message>
    <message>
        <location line="-122"/>
        <location line="+130"/>
        <source>S&amp;ystem</source>
        <translation>Систем&amp;а</translation>
    </message>
    <message>
        <location line="-125"/>
        <location line="+74"/>
        <source>&amp;Node</source>
        <translation>&amp;Узел</translation>
    </message>
    <message>
        <location line="-69"/>
        <location line="+77"/>
        <source>&amp;Rewards</source>
        <translation>&amp;Награды</translation>
    </message>
    <message>
        <location line="-66"/>
        <source>&amp;Mining</source>
        <translation>&amp;Майнинг</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Stop mining</source>
        <translation>&amp;Остановить майнинг</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>S&amp;ettings…</source>
        <translation>&amp;Настройки…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Set up a local &amp;node…</source>
        <translation>Настроить локальный &amp;узел…</translation>
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
        <translation>&amp;Свернуть в трей</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ctrl+W</source>
        <translation>Ctrl+W</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
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
        <translation>&amp;О программе Quantus Miner</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>About &amp;Qt</source>
        <translation>О &amp;Qt</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../ui/settings_dialog.ui" line="+14"/>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Mining service</source>
        <translation>Служба майнинга</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Listen &amp;address</source>
        <translation>&amp;Адрес прослушивания</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>127.0.0.1 accepts jobs from this computer only; 0.0.0.0 or :: from the whole network.</source>
        <translation>127.0.0.1 принимает задания только с этого компьютера; 0.0.0.0 или :: — со всей сети.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>API &amp;port</source>
        <translation>&amp;Порт API</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The port the node sends jobs to (default 9833).</source>
        <translation>Порт, на который узел присылает задания (по умолчанию 9833).</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Metrics port</source>
        <translation>Порт &amp;метрик</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Serve Prometheus metrics on this port, on the same address.</source>
        <translation>Отдавать метрики Prometheus на этом порту, по тому же адресу.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Mine for a Quantus &amp;node (QUIC)</source>
        <translation>Майнить для &amp;узла Quantus (QUIC)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Take jobs from a Quantus node v0.10 or newer (mainnet), which checks QPoW v2. The HTTP API above stays open for older nodes.</source>
        <translation>Получать задания от узла Quantus v0.10 или новее (mainnet), который проверяет QPoW v2. HTTP API выше остаётся открытым для старых узлов.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Node a&amp;ddress</source>
        <translation>А&amp;дрес узла</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>HOST:PORT of the node&apos;s miner port (its --miner-listen-port), e.g. 127.0.0.1:9833.</source>
        <translation>ХОСТ:ПОРТ порта майнеров узла (его --miner-listen-port), например 127.0.0.1:9833.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Node &amp;directory</source>
        <translation>&amp;Каталог узла</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The node&apos;s &lt;base-path&gt;/chains/&lt;chain&gt;/ folder: both files are read from there.</source>
        <translation>Папка узла &lt;base-path&gt;/chains/&lt;chain&gt;/: оба файла читаются оттуда.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Choose the node&apos;s directory</source>
        <translation>Выбрать каталог узла</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The two &amp;files</source>
        <translation>Два &amp;файла</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Auth &amp;token file</source>
        <translation>Файл &amp;токена</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The node&apos;s miner-auth-token file.</source>
        <translation>Файл miner-auth-token узла.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Choose the token file</source>
        <translation>Выбрать файл токена</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Certificate &amp;pin file</source>
        <translation>Файл &amp;отпечатка сертификата</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The node&apos;s miner-tls-cert-sha256 file.</source>
        <translation>Файл miner-tls-cert-sha256 узла.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Choose the certificate pin file</source>
        <translation>Выбрать файл отпечатка сертификата</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Backup nodes, tried in this order after the node above</source>
        <translation>&amp;Резервные узлы — пробуются в этом порядке после узла выше</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Other nodes to mine for when the node above cannot be reached or has no job. Double-click an entry to edit it.</source>
        <translation>Другие узлы для майнинга, если узел выше недоступен или у него нет задания. Дважды щёлкните запись, чтобы изменить её.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Add…</source>
        <translation>Добавить…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add a backup node at the end of the list</source>
        <translation>Добавить резервный узел в конец списка</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change the chosen backup node</source>
        <translation>Изменить выбранный резервный узел</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Rem&amp;ove</source>
        <translation>Уда&amp;лить</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove the chosen backup node</source>
        <translation>Удалить выбранный резервный узел</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Move up</source>
        <translation>Вверх</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Try the chosen backup node earlier</source>
        <translation>Пробовать выбранный резервный узел раньше</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Move down</source>
        <translation>Вниз</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Try the chosen backup node later</source>
        <translation>Пробовать выбранный резервный узел позже</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>A node on this &amp;computer</source>
        <translation>Узел на &amp;этом компьютере</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The miner can run and watch a Quantus node for you: program, identity, rewards and network.</source>
        <translation>Майнер может сам запускать узел Quantus и следить за ним: программа, идентификатор, награды и сеть.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Set &amp;up…</source>
        <translation>&amp;Настроить…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Interface</source>
        <translation>Интерфейс</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Appea&amp;rance</source>
        <translation>&amp;Оформление</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Start minimi&amp;sed</source>
        <translation>Запускать &amp;свёрнутым</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Close to the system &amp;tray (keep mining in the background)</source>
        <translation>&amp;Закрывать в системный трей (майнинг продолжается)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Start &amp;when I log in</source>
        <translation>Запускать при &amp;входе в систему</translation>
    </message>
</context>
<context>
    <name>SystemPanel</name>
    <message>
        <location filename="../ui/system_panel.ui" line="+54"/>
        <source>Processor</source>
        <translation>Процессор</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Model</source>
        <translation>Модель</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Logical CPUs</source>
        <translation>Логические CPU</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Usable by the miner</source>
        <translation>Доступно майнеру</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Instruction sets</source>
        <translation>Наборы инструкций</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>cpu-fast paths</source>
        <translation>Пути cpu-fast</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Graphics cards</source>
        <translation>Видеокарты</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Worker threads</source>
        <translation>Рабочие потоки</translation>
    </message>
</context>
<context>
    <name>qm::gui::AboutDialog</name>
    <message>
        <location filename="../src/gui/about_dialog.cpp" line="+45"/>
        <source>Version %1</source>
        <translation>Версия %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>yes: %1</source>
        <translation>да: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no (built without CUDA)</source>
        <translation>нет (собрано без CUDA)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>built: %1; this CPU: %2</source>
        <translation>в сборке: %1; этот CPU: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (built with %2)</source>
        <translation>%1 (собрано с %2)</translation>
    </message>
</context>
<context>
    <name>qm::gui::Autostart</name>
    <message>
        <location filename="../src/gui/autostart.cpp" line="+68"/>
        <source>cannot remove %1</source>
        <translation>не удаётся удалить %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cannot create %1</source>
        <translation>не удаётся создать %1</translation>
    </message>
</context>
<context>
    <name>qm::gui::BackupNodeDialog</name>
    <message>
        <location filename="../src/gui/backup_node_dialog.cpp" line="+49"/>
        <source>%1 is already in the node list: give each node once.</source>
        <translation>%1 уже есть в списке узлов: укажите каждый узел только один раз.</translation>
    </message>
</context>
<context>
    <name>qm::gui::CheckPage</name>
    <message>
        <location filename="../src/gui/wizard/rewards_page.cpp" line="+258"/>
        <source>Check your words</source>
        <translation>Проверьте слова</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type two of the words from your sheet, so a mistake in writing them down shows now and not when you need them.</source>
        <translation>Введите два слова со своего листа, чтобы ошибка при записи обнаружилась сейчас, а не тогда, когда слова понадобятся.</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+1"/>
        <source>Word %1:</source>
        <translation>Слово %1:</translation>
    </message>
</context>
<context>
    <name>qm::gui::Dashboard</name>
    <message>
        <location filename="../src/gui/dashboard.cpp" line="+52"/>
        <source>Quantus Miner keeps mining</source>
        <translation>Quantus Miner продолжает майнинг</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The window is hidden; mining goes on. Use the tray icon to show it again or to quit.</source>
        <translation>Окно скрыто; майнинг продолжается. Значок в трее позволяет снова показать окно или выйти.</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>&amp;Hide window</source>
        <translation>&amp;Скрыть окно</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Show window</source>
        <translation>&amp;Показать окно</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>S&amp;top mining</source>
        <translation>&amp;Остановить майнинг</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>S&amp;tart mining</source>
        <translation>&amp;Запустить майнинг</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Solution found</source>
        <translation>Решение найдено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Job %1 found a nonce after %2 hashes in %3.</source>
        <translation>Задание %1 нашло nonce после %2 хешей за %3.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>cannot create the folder %1</source>
        <translation>не удаётся создать папку %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cannot write %1</source>
        <translation>не удаётся записать %1</translation>
    </message>
</context>
<context>
    <name>qm::gui::Format</name>
    <message>
        <location filename="../src/gui/format.cpp" line="+28"/>
        <source>n/a</source>
        <translation>н/д</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%1 d %2:%3:%4</source>
        <translation>%1 д %2:%3:%4</translation>
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
        <translation>Время</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hash rate (%1)</source>
        <translation>Хешрейт (%1)</translation>
    </message>
</context>
<context>
    <name>qm::gui::IdentityPage</name>
    <message>
        <location filename="../src/gui/wizard/identity_page.cpp" line="+20"/>
        <source>Node data and identity</source>
        <translation>Данные и идентификатор узла</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The node stores the chain in its data folder and needs an identity of its own on the network. Nothing here is secret, but keep the identity to keep your node&apos;s name among its peers.</source>
        <translation>Узел хранит цепочку в своей папке данных, и ему нужен собственный идентификатор в сети. Здесь нет ничего секретного, но сохраните идентификатор, чтобы пиры и дальше узнавали ваш узел.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Обзор…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Create the identity now</source>
        <translation>&amp;Создать идентификатор сейчас</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Data folder:</source>
        <translation>Папка данных:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Choose the node&apos;s data folder</source>
        <translation>Выбрать папку данных узла</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Choose a folder with room for the chain.</source>
        <translation>Выберите папку, где хватит места для цепочки.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The node identity is ready: %1</source>
        <translation>Идентификатор узла готов: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The node identity is ready: %1
Peer id: %2</source>
        <translation>Идентификатор узла готов: %1
ID пира: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There is no node identity yet; it will be created at %1 by the node program.</source>
        <translation>Идентификатора узла пока нет; программа узла создаст его в %1.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot create the folder %1.</source>
        <translation>Не удаётся создать папку %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The node program could not create the identity: %1</source>
        <translation>Программе узла не удалось создать идентификатор: %1</translation>
    </message>
</context>
<context>
    <name>qm::gui::JobTableModel</name>
    <message>
        <location filename="../src/gui/models/job_table_model.cpp" line="+210"/>
        <source>Running</source>
        <translation>Выполняется</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Completed</source>
        <translation>Завершено</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed</source>
        <translation>Ошибка</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancelled</source>
        <translation>Отменено</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Job %1</source>
        <translation>Задание %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mining hash: %1</source>
        <translation>Хеш для майнинга: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Difficulty: %1</source>
        <translation>Сложность: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nonces: 0x%1 … 0x%2</source>
        <translation>Nonce: 0x%1 … 0x%2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Found nonce: 0x%1</source>
        <translation>Найденный nonce: 0x%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hash: 0x%1</source>
        <translation>Хеш: 0x%1</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>10-second rate while running; the average once ended</source>
        <translation>Скорость за 10 секунд во время работы; после завершения — средняя</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nonces checked so far</source>
        <translation>Проверено nonce на данный момент</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Job</source>
        <translation>Задание</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Started</source>
        <translation>Начато</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Difficulty</source>
        <translation>Сложность</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nonces checked</source>
        <translation>Проверено</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rate</source>
        <translation>Скорость</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Elapsed</source>
        <translation>Прошло</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Found nonce</source>
        <translation>Найденный nonce</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Engine</source>
        <translation>Движок</translation>
    </message>
</context>
<context>
    <name>qm::gui::LocalNodeModel</name>
    <message>
        <location filename="../src/gui/models/local_node_model.cpp" line="+109"/>
        <source>The node is not set up yet.</source>
        <translation>Узел ещё не настроен.</translation>
    </message>
    <message numerus="yes">
        <location line="+102"/>
        <source>%n days</source>
        <translation>
            <numerusform>%n день</numerusform>
            <numerusform>%n дня</numerusform>
            <numerusform>%n дней</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 hour</source>
        <translation>1 час</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n hours</source>
        <translation>
            <numerusform>%n час</numerusform>
            <numerusform>%n часа</numerusform>
            <numerusform>%n часов</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 minute</source>
        <translation>1 минута</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n minutes</source>
        <translation>
            <numerusform>%n минута</numerusform>
            <numerusform>%n минуты</numerusform>
            <numerusform>%n минут</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 second</source>
        <translation>1 секунда</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n seconds</source>
        <translation>
            <numerusform>%n секунда</numerusform>
            <numerusform>%n секунды</numerusform>
            <numerusform>%n секунд</numerusform>
        </translation>
    </message>
    <message>
        <location line="+36"/>
        <source>No local node set up</source>
        <translation>Локальный узел не настроен</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Node is stopped</source>
        <translation>Узел остановлен</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Node is starting</source>
        <translation>Узел запускается</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Node stopped unexpectedly; restarting in %n s</source>
        <translation>
            <numerusform>Узел неожиданно остановился; перезапуск через %n с</numerusform>
            <numerusform>Узел неожиданно остановился; перезапуск через %n с</numerusform>
            <numerusform>Узел неожиданно остановился; перезапуск через %n с</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Node cannot start: %1</source>
        <translation>Узел не может запуститься: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting for peers</source>
        <translation>Ожидание пиров</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Node is syncing (%1 %) — mining starts when it is done</source>
        <translation>Узел синхронизируется (%1 %) — майнинг начнётся, когда он закончит</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Waiting for a fresh tip: the best block is %1 old; the node mines once it has synced a block from the last %2</source>
        <translation>Ожидание свежей вершины цепочки: возраст лучшего блока — %1, допустимый — %2; узел начнёт майнить, когда синхронизирует более свежий блок</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Mining</source>
        <translation>Майнинг</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Node is in sync; mining is stopped</source>
        <translation>Узел синхронизирован; майнинг остановлен</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The miner cannot use the node: %1</source>
        <translation>Майнер не может использовать узел: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Node is in sync; connecting the miner</source>
        <translation>Узел синхронизирован; подключение майнера</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Node is stopping</source>
        <translation>Узел останавливается</translation>
    </message>
</context>
<context>
    <name>qm::gui::LogConsole</name>
    <message>
        <location filename="../src/gui/widgets/log_console.cpp" line="+94"/>
        <source>Errors</source>
        <translation>Ошибки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warnings and errors</source>
        <translation>Предупреждения и ошибки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Information</source>
        <translation>Информация</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Debug</source>
        <translation>Отладка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everything</source>
        <translation>Всё</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Lines: %1</source>
        <translation>Строк: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Shown: %1 of %2</source>
        <translation>Показано: %1 из %2</translation>
    </message>
    <message>
        <location line="+50"/>
        <location line="+5"/>
        <source>Save log</source>
        <translation>Сохранить журнал</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Log files (*.log *.txt);;All files (*)</source>
        <translation>Файлы журнала (*.log *.txt);;Все файлы (*)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Could not save the log to %1: %2</source>
        <translation>Не удалось сохранить журнал в %1: %2</translation>
    </message>
</context>
<context>
    <name>qm::gui::LogModel</name>
    <message>
        <location filename="../src/gui/models/log_model.cpp" line="+112"/>
        <source>Error</source>
        <translation>Ошибка</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warning</source>
        <translation>Предупреждение</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Info</source>
        <translation>Инфо</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Debug</source>
        <translation>Отладка</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Trace</source>
        <translation>Трассировка</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Level</source>
        <translation>Уровень</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Message</source>
        <translation>Сообщение</translation>
    </message>
</context>
<context>
    <name>qm::gui::MainWindow</name>
    <message>
        <location filename="../src/gui/widgets/control_bar.cpp" line="+33"/>
        <source>Checking for CUDA devices…</source>
        <translation>Поиск устройств CUDA…</translation>
    </message>
    <message>
        <location filename="../src/gui/main_window.cpp" line="+234"/>
        <source>Hash rate</source>
        <translation>Хешрейт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>10 s average</source>
        <translation>Среднее за 10 с</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>60 s average</source>
        <translation>Среднее за 60 с</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>15 min average</source>
        <translation>Среднее за 15 мин</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jobs</source>
        <translation>Задания</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Solutions found</source>
        <translation>Найдено решений</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Last minute</source>
        <translation>Последняя минута</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Last 5 minutes</source>
        <translation>Последние 5 минут</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Last 15 minutes</source>
        <translation>Последние 15 минут</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/control_bar.cpp" line="+58"/>
        <source>of %1 CPUs</source>
        <translation>из %1 CPU</translation>
    </message>
    <message>
        <location filename="../src/gui/main_window_tabs.cpp" line="+75"/>
        <source>No jobs yet.
A Quantus node sends jobs to this miner over HTTP; point its external miner setting at the address in the status bar below.</source>
        <translation>Заданий пока нет.
Узел Quantus присылает задания этому майнеру по HTTP; укажите в его настройке внешнего майнера адрес из строки состояния ниже.</translation>
    </message>
    <message>
        <location filename="../src/gui/main_window.cpp" line="+14"/>
        <source>waiting for the first samples</source>
        <translation>ожидание первых замеров</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+385"/>
        <source>&amp;Hide to tray</source>
        <translation>&amp;Свернуть в трей</translation>
    </message>
    <message>
        <location line="-385"/>
        <location line="+385"/>
        <source>&amp;Minimise</source>
        <translation>С&amp;вернуть</translation>
    </message>
    <message>
        <location line="-556"/>
        <location line="+223"/>
        <source>the service did not start (see the log)</source>
        <translation>служба не запустилась (см. журнал)</translation>
    </message>
    <message>
        <location filename="../src/gui/main_window_tabs.cpp" line="-5"/>
        <source>No jobs yet.
The node at %1 sends a job once it has peers and is in sync; its state is in the status bar below.</source>
        <translation>Заданий пока нет.
Узел %1 пришлёт задание, когда у него будут пиры и он синхронизируется; его состояние — в строке состояния внизу.</translation>
    </message>
    <message>
        <location filename="../src/gui/main_window.cpp" line="+59"/>
        <source>Listening on %1:%2</source>
        <translation>Прослушивается %1:%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>metrics on port %1</source>
        <translation>метрики на порту %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Error: %1</source>
        <translation>Ошибка: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+243"/>
        <source>Stopped</source>
        <translation>Остановлено</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/control_bar.cpp" line="-9"/>
        <source>Stop mining</source>
        <translation>Остановить майнинг</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Start mining</source>
        <translation>Запустить майнинг</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Stop mining</source>
        <translation>&amp;Остановить майнинг</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Start mining</source>
        <translation>&amp;Запустить майнинг</translation>
    </message>
    <message>
        <location filename="../src/gui/main_window.cpp" line="-231"/>
        <source>&lt;b&gt;Not mining for the node at %1.&lt;/b&gt; %2</source>
        <translation>&lt;b&gt;Нет майнинга для узла %1.&lt;/b&gt; %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&lt;b&gt;Not mining for any of the %1 nodes.&lt;/b&gt; %2</source>
        <translation>&lt;b&gt;Нет майнинга ни для одного из %1 узлов.&lt;/b&gt; %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&lt;b&gt;Not mining on %1:%2.&lt;/b&gt; %3</source>
        <translation>&lt;b&gt;Майнинг на %1:%2 не идёт.&lt;/b&gt; %3</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/status_strip.cpp" line="+137"/>
        <source>connecting</source>
        <translation>подключение</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>authenticating</source>
        <translation>аутентификация</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>connected, waiting for a job</source>
        <translation>подключено, ожидание задания</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>mining job %1</source>
        <translation>майнинг задания %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>retrying in %1 s</source>
        <translation>повтор через %1 с</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>stopped: %1</source>
        <translation>остановлено: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>stopped</source>
        <translation>остановлено</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Node %1: %2</source>
        <translation>Узел %1: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Node %1 (%2 of %3): %4</source>
        <translation>Узел %1 (%2 из %3): %4</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 jobs, %2 blocks submitted, last job %3 ago</source>
        <translation>заданий: %1, блоков отправлено: %2, последнее задание %3 назад</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1. %2: %3</source>
        <translation>%1. %2: %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>mining for this node</source>
        <translation>майнинг для этого узла</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>1 switch between nodes since the start</source>
        <translation>1 переключение между узлами с момента запуска</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n switches between nodes since the start</source>
        <translation>
            <numerusform>%n переключение между узлами с момента запуска</numerusform>
            <numerusform>%n переключения между узлами с момента запуска</numerusform>
            <numerusform>%n переключений между узлами с момента запуска</numerusform>
        </translation>
    </message>
    <message>
        <location line="-70"/>
        <source>Uptime %1</source>
        <translation>Время работы %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Uptime —</source>
        <translation>Время работы —</translation>
    </message>
    <message>
        <location filename="../src/gui/main_window.cpp" line="+92"/>
        <source>Engine</source>
        <translation>Движок</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cannot switch to %1: %2</source>
        <translation>Не удаётся переключиться на %1: %2</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/status_strip.cpp" line="-13"/>
        <source>Engine %1 (%2)</source>
        <translation>Движок %1 (%2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Workers %1</source>
        <translation>Потоки: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/control_bar.cpp" line="-12"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 unavailable: %2</source>
        <translation>%1 недоступен: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (unavailable)</source>
        <translation>%1 (недоступен)</translation>
    </message>
    <message>
        <location filename="../src/gui/main_window.cpp" line="+56"/>
        <source>peak %1 (10 s)</source>
        <translation>пик %1 (10 с)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+12"/>
        <source>total %1 hashes</source>
        <translation>всего хешей: %1</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>%1 per worker</source>
        <translation>%1 на поток</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 running</source>
        <translation>выполняется: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 accepted · %2 completed</source>
        <translation>принято: %1 · завершено: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Accepted %1</source>
        <translation>Принято: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Running %1</source>
        <translation>Выполняется: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Completed %1</source>
        <translation>Завершено: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed %1</source>
        <translation>С ошибкой: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancelled %1</source>
        <translation>Отменено: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finished jobs leave the list %1 min after the node has fetched them</source>
        <translation>Завершённые задания исчезают из списка через %1 мин после того, как узел их забрал</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>none yet this session</source>
        <translation>в этом сеансе пока нет</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>last at %1</source>
        <translation>последнее в %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 · running jobs: %2</source>
        <translation>%1 · выполняется заданий: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not mining: %1</source>
        <translation>Майнинг не идёт: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Quantus Miner</source>
        <translation>Quantus Miner</translation>
    </message>
    <message>
        <location filename="../src/gui/main_window_tabs.cpp" line="+19"/>
        <source>&amp;Cancel job</source>
        <translation>&amp;Отменить задание</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy job &amp;ID</source>
        <translation>Копировать &amp;ID задания</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy found &amp;nonce</source>
        <translation>Копировать найденный &amp;nonce</translation>
    </message>
    <message>
        <location filename="../src/gui/main_window_settings.cpp" line="+73"/>
        <source>Start on login</source>
        <translation>Запускать при входе в систему</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not change the autostart entry: %1</source>
        <translation>Не удалось изменить автозапуск: %1</translation>
    </message>
</context>
<context>
    <name>qm::gui::NetworkPage</name>
    <message>
        <location filename="../src/gui/wizard/network_page.cpp" line="+46"/>
        <source>Network</source>
        <translation>Сеть</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The network your node joins, and the ports it uses on this computer only.</source>
        <translation>Сеть, к которой подключается ваш узел, и порты, которые он использует только на этом компьютере.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>optional; shown to other nodes</source>
        <translation>необязательно; видно другим узлам</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Chain:</source>
        <translation>Цепочка:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Node name:</source>
        <translation>Имя узла:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Miner port (QUIC):</source>
        <translation>Порт майнеров (QUIC):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RPC port:</source>
        <translation>Порт RPC:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prometheus port:</source>
        <translation>Порт Prometheus:</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The manifest names %1 (%2) for node %3.</source>
        <translation>Манифест указывает %1 (%2) для узла %3.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A test network: its tokens have no value.</source>
        <translation>Тестовая сеть: её токены ничего не стоят.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The chain the network&apos;s compatibility manifest names: mainnet, or a test network such as planck.</source>
        <translation>Цепочка, которую указывает манифест совместимости сети: mainnet или тестовая сеть, например planck.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>optional; empty: %1</source>
        <translation>необязательно; если пусто: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cannot tell how much space is free at %1.</source>
        <translation>Не удаётся определить, сколько свободного места в %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>⚠ Only %1 free on the data folder&apos;s disk; a node of this network needs about %2. Choose another data folder or free some space, or the node will stop when the disk is full.</source>
        <translation>⚠ На диске папки данных свободно всего %1; узлу этой сети нужно около %2. Выберите другую папку данных или освободите место, иначе узел остановится, когда диск заполнится.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 free on the data folder&apos;s disk; the network needs about %2.</source>
        <translation>На диске папки данных свободно %1; сети нужно около %2.</translation>
    </message>
</context>
<context>
    <name>qm::gui::NodePanel</name>
    <message>
        <location filename="../src/gui/widgets/node_panel.cpp" line="+90"/>
        <source>The node cannot start</source>
        <translation>Узел не может запуститься</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Chain:</source>
        <translation>Цепочка:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Node version:</source>
        <translation>Версия узла:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Peers:</source>
        <translation>Пиры:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Best block:</source>
        <translation>Лучший блок:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last block:</source>
        <translation>Последний блок:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Blocks mined:</source>
        <translation>Добыто блоков:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Restarts:</source>
        <translation>Перезапуски:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Peer id:</source>
        <translation>ID пира:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Set &amp;up…</source>
        <translation>&amp;Настроить…</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Set up a node…</source>
        <translation>Настроить узел…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>S&amp;top node</source>
        <translation>&amp;Остановить узел</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>S&amp;tart node</source>
        <translation>&amp;Запустить узел</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 of %2 blocks (%3 %)</source>
        <translation>%1 из %2 блоков (%3 %)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not running</source>
        <translation>не запущен</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 blocks/s</source>
        <translation>%1 блоков/с</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%n s ago</source>
        <translation>
            <numerusform>%n с назад</numerusform>
            <numerusform>%n с назад</numerusform>
            <numerusform>%n с назад</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 ago</source>
        <translation>%1 назад</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 this run, %2 in total</source>
        <translation>%1 за этот запуск, всего %2</translation>
    </message>
</context>
<context>
    <name>qm::gui::NodeWizard</name>
    <message>
        <location filename="../src/gui/wizard/node_wizard.cpp" line="+16"/>
        <source>Set up your Quantus node</source>
        <translation>Настройка узла Quantus</translation>
    </message>
</context>
<context>
    <name>qm::gui::PhrasePage</name>
    <message>
        <location filename="../src/gui/wizard/rewards_page.cpp" line="-87"/>
        <source>Write down your 24 words</source>
        <translation>Запишите 24 слова</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>These words are your rewards key. Write them on paper, in order, and keep it safe.</source>
        <translation>Эти слова — ваш ключ вознаграждений. Запишите их на бумаге по порядку и храните её в надёжном месте.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anyone with these words can take your rewards; without them you cannot recover the key. They are shown only now and are not stored anywhere.</source>
        <translation>Любой, у кого есть эти слова, может забрать ваши вознаграждения; без них ключ не восстановить. Они показываются только сейчас и нигде не сохраняются.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>I have &amp;written the 24 words down</source>
        <translation>24 слова за&amp;писаны</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Address: %1</source>
        <translation>Адрес: %1</translation>
    </message>
</context>
<context>
    <name>qm::gui::ProgramPage</name>
    <message>
        <location filename="../src/gui/wizard/program_page.cpp" line="+26"/>
        <source>The node program</source>
        <translation>Программа узла</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your miner mines for a Quantus node on this computer. Choose the node program you have, or download the release the network expects.</source>
        <translation>Ваш майнер майнит для узла Quantus на этом компьютере. Выберите имеющуюся программу узла или скачайте выпуск, который ожидает сеть.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use a &amp;quantus-node I already have</source>
        <translation>Использовать имеющийся &amp;quantus-node</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Download the node the network names</source>
        <translation>&amp;Скачать узел, указанный сетью</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Path to quantus-node</source>
        <translation>Путь к quantus-node</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Обзор…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The compatibility manifest lists the node release for each network with its SHA-256 checksum.</source>
        <translation>Манифест совместимости указывает выпуск узла для каждой сети с его контрольной суммой SHA-256.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Down&amp;load</source>
        <translation>Ска&amp;чать</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Manifest:</source>
        <translation>Манифест:</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Choose quantus-node</source>
        <translation>Выбрать quantus-node</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Downloading quantus-node %1 for %2…</source>
        <translation>Скачивание quantus-node %1 для %2…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The download broke off (%1); trying again (%2)…</source>
        <translation>Загрузка прервалась (%1); повторная попытка (%2)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Checking the SHA-256 checksum…</source>
        <translation>Проверка контрольной суммы SHA-256…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Downloaded and verified: %1</source>
        <translation>Скачано и проверено: %1</translation>
    </message>
    <message>
        <location line="-26"/>
        <location line="+31"/>
        <source>The download failed: %1</source>
        <translation>Не удалось скачать: %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Network: %1 (%2), node %3</source>
        <translation>Сеть: %1 (%2), узел %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Manifest updated %1</source>
        <translation>Манифест обновлён: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is a test network: its tokens have no value.</source>
        <translation>%1 — тестовая сеть: её токены ничего не стоят.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The manifest address is not a valid URL.</source>
        <translation>Адрес манифеста — недопустимый URL.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Reading the compatibility manifest…</source>
        <translation>Чтение манифеста совместимости…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>This is not a usable quantus-node: %1</source>
        <translation>Это не подходящий quantus-node: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Found %1.</source>
        <translation>Найден: %1.</translation>
    </message>
</context>
<context>
    <name>qm::gui::QrCodeWidget</name>
    <message>
        <location filename="../src/gui/widgets/qr_code_widget.cpp" line="+57"/>
        <source>QR code</source>
        <translation>QR-код</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Empty: no text to show</source>
        <translation>Пусто: нет текста для показа</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <location line="+2"/>
        <location line="+4"/>
        <source>QR code of %1</source>
        <translation>QR-код для %1</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Not shown: the text is too long for a QR code (%1 bytes)</source>
        <translation>Не показан: текст слишком длинный для QR-кода (байт: %1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not shown: the QR code could not be made</source>
        <translation>Не показан: не удалось создать QR-код</translation>
    </message>
</context>
<context>
    <name>qm::gui::ReadyPage</name>
    <message>
        <location filename="../src/gui/wizard/network_page.cpp" line="+44"/>
        <source>Ready to mine</source>
        <translation>Всё готово к майнингу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finish starts your node. It first catches up with the chain; the miner starts by itself when the node is in sync and has peers.</source>
        <translation>Кнопка «Завершить» запускает узел. Сначала он догоняет цепочку; майнер запустится сам, когда узел синхронизируется и найдёт пиров.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Start the node and mine now</source>
        <translation>Запустить узел и начать &amp;майнинг</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Node program</source>
        <translation>Программа узла</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data folder</source>
        <translation>Папка данных</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chain</source>
        <translation>Цепочка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rewards address</source>
        <translation>Адрес для наград</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>(not given)</source>
        <translation>(не указан)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inner hash</source>
        <translation>Внутренний хеш</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ports</source>
        <translation>Порты</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>miner %1, RPC %2, Prometheus %3</source>
        <translation>майнер %1, RPC %2, Prometheus %3</translation>
    </message>
</context>
<context>
    <name>qm::gui::RewardsPage</name>
    <message>
        <location filename="../src/gui/wizard/rewards_page.cpp" line="-199"/>
        <source>Your rewards</source>
        <translation>Ваши награды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blocks your node mines pay a wormhole address. The node needs only the address&apos;s inner hash; your 24 secret words never leave this computer and are not stored.</source>
        <translation>Награды за блоки, добытые вашим узлом, идут на адрес wormhole. Узлу нужен только внутренний хеш адреса; ваши 24 секретных слова никогда не покидают этот компьютер и не сохраняются.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>I have the &amp;inner hash of my rewards address</source>
        <translation>У меня есть &amp;внутренний хеш адреса для наград</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I have the &amp;24 words of an existing key</source>
        <translation>У меня есть &amp;24 слова существующего ключа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create a &amp;new key for me</source>
        <translation>Создать для меня новый &amp;ключ</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>qz… (optional, for the QR code)</source>
        <translation>qz… (необязательно, для QR-кода)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>word1 word2 … word24</source>
        <translation>слово1 слово2 … слово24</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show the words</source>
        <translation>Показать слова</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Inner hash:</source>
        <translation>Внутренний хеш:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address:</source>
        <translation>Адрес:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Words:</source>
        <translation>Слова:</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <location line="+14"/>
        <source>%n of 24 words</source>
        <translation>
            <numerusform>%n из 24 слов</numerusform>
            <numerusform>%n из 24 слов</numerusform>
            <numerusform>%n из 24 слов</numerusform>
        </translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The inner hash is 0x followed by 64 hexadecimal digits.</source>
        <translation>Внутренний хеш — это 0x и 64 шестнадцатеричные цифры.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A Quantus rewards address starts with qz.</source>
        <translation>Адрес для наград Quantus начинается с qz.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The node program did not accept the words: %1</source>
        <translation>Программа узла не приняла слова: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The node program could not create a key: %1</source>
        <translation>Программе узла не удалось создать ключ: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Rewards go to %1</source>
        <translation>Награды поступают на %1</translation>
    </message>
</context>
<context>
    <name>qm::gui::RewardsPanel</name>
    <message>
        <location filename="../src/gui/widgets/rewards_panel.cpp" line="+111"/>
        <source>Rewards address</source>
        <translation>Адрес для наград</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy</source>
        <translation>Копи&amp;ровать</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inner hash the node mines for:</source>
        <translation>Внутренний хеш, для которого майнит узел:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>blocks mined since the app started</source>
        <translation>блоков добыто с запуска приложения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>blocks mined in total</source>
        <translation>блоков добыто всего</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set up a node to mine for your own rewards address. The assistant takes a few minutes and needs no terminal.</source>
        <translation>Настройте узел, чтобы майнить на собственный адрес для наград. Мастер займёт несколько минут, и терминал не понадобится.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set &amp;up a node…</source>
        <translation>&amp;Настроить узел…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>(only the inner hash is known)</source>
        <translation>(известен только внутренний хеш)</translation>
    </message>
</context>
<context>
    <name>qm::gui::SettingsDialog</name>
    <message>
        <location filename="../src/gui/settings_dialog.cpp" line="+45"/>
        <source>%1 — folder %2</source>
        <translation>%1 — папка %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 — files %2 and %3</source>
        <translation>%1 — файлы %2 и %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 — folder %2, files %3 and %4</source>
        <translation>%1 — папка %2, файлы %3 и %4</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>This desktop has no system tray.</source>
        <translation>На этом рабочем столе нет системного трея.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>any free port</source>
        <translation>любой свободный порт</translation>
    </message>
    <message>
        <location filename="../src/gui/node_source_fields.cpp" line="+23"/>
        <source>The node&apos;s auth token file</source>
        <translation>Файл токена узла</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The node&apos;s certificate pin file</source>
        <translation>Файл отпечатка сертификата узла</translation>
    </message>
    <message>
        <location filename="../src/gui/settings_dialog.cpp" line="+57"/>
        <source>This computer only</source>
        <translation>Только этот компьютер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every IPv4 network interface</source>
        <translation>Все сетевые интерфейсы IPv4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This computer only (IPv6)</source>
        <translation>Только этот компьютер (IPv6)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every network interface</source>
        <translation>Все сетевые интерфейсы</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>System default</source>
        <translation>Язык системы</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Follow the system</source>
        <translation>Как в системе</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Light</source>
        <translation>Светлое</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark</source>
        <translation>Тёмное</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Changing the address or a port restarts the service; running jobs are cancelled.</source>
        <translation>Смена адреса или порта перезапускает службу; выполняемые задания отменяются.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>address</source>
        <translation>адрес</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>API port</source>
        <translation>порт API</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>metrics port</source>
        <translation>порт метрик</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This run was started with the %1 on the command line or in the environment; those win over what is saved here at the next start.</source>
        <translation>Этот запуск задал параметры (%1) в командной строке или окружении; при следующем запуске они важнее сохранённых здесь.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The node writes %1 and %2 into its &lt;base-path&gt;/chains/&lt;chain&gt;/ folder when it runs with --miner-listen-port. Only these paths are saved, never the token.</source>
        <translation>Узел записывает %1 и %2 в свою папку &lt;base-path&gt;/chains/&lt;chain&gt;/, когда запущен с --miner-listen-port. Сохраняются только эти пути, но не токен.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This run&apos;s node was given on the command line or in the environment; that wins over what is saved here at the next start.</source>
        <translation>Узел для этого запуска задан в командной строке или в окружении; при следующем запуске это важнее сохранённого здесь.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The miner mines for the first node in this order that is reachable and has a job. When that node goes, it switches to the next one within seconds, and it returns to a higher one when that is back.</source>
        <translation>Майнинг идёт для первого по порядку узла, который доступен и имеет задание. Если этот узел пропадает, майнер за считаные секунды переключается на следующий, а когда более ранний узел снова доступен, возвращается к нему.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The backup nodes of this run came with its node from the command line or the environment; they win over this list at the next start.</source>
        <translation>Резервные узлы этого запуска заданы вместе с его узлом в командной строке или в окружении; при следующем запуске они важнее этого списка.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Add a backup node</source>
        <translation>Добавить резервный узел</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit the backup node</source>
        <translation>Изменить резервный узел</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Backup node %1 (%2): this node is already in the list; give each node once.</source>
        <translation>Резервный узел %1 (%2): этот узел уже есть в списке; укажите каждый узел только один раз.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Backup node %1 (%2): %3</source>
        <translation>Резервный узел %1 (%2): %3</translation>
    </message>
    <message>
        <location filename="../src/gui/node_source_fields.cpp" line="+49"/>
        <source>The node&apos;s directory (chains/&lt;chain&gt;)</source>
        <translation>Каталог узла (chains/&lt;chain&gt;)</translation>
    </message>
    <message>
        <location filename="../src/gui/settings_dialog.cpp" line="+24"/>
        <source>Enter the node&apos;s address, e.g. 127.0.0.1:9833 (the port of its --miner-listen-port).</source>
        <translation>Введите адрес узла, например 127.0.0.1:9833 (порт его --miner-listen-port).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1” is not a node address: use HOST:PORT, e.g. 127.0.0.1:9833.</source>
        <translation>«%1» — не адрес узла: используйте ХОСТ:ПОРТ, например 127.0.0.1:9833.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file “%1” does not exist.</source>
        <translation>Файл «%1» не существует.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose the node&apos;s directory: &lt;base-path&gt;/chains/&lt;chain&gt;/, where it writes %1.</source>
        <translation>Выберите каталог узла: &lt;base-path&gt;/chains/&lt;chain&gt;/, куда он записывает %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The folder “%1” does not exist.</source>
        <translation>Папка «%1» не существует.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1” has no %2 file: choose the node&apos;s chains/&lt;chain&gt;/ folder, and start the node with --miner-listen-port so that it writes the file.</source>
        <translation>В «%1» нет файла %2: выберите папку узла chains/&lt;chain&gt;/ и запустите узел с --miner-listen-port, чтобы он записал файл.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose both files: the node&apos;s %1 and its %2.</source>
        <translation>Выберите оба файла узла: %1 и %2.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>These node settings cannot be used: %1.</source>
        <translation>Эти настройки узла нельзя использовать: %1.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>“%1” is not an IP address. Use 127.0.0.1 (this computer), 0.0.0.0 or :: (every interface).</source>
        <translation>«%1» — не IP-адрес. Используйте 127.0.0.1 (этот компьютер), 0.0.0.0 или :: (все интерфейсы).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The metrics port must differ from the API port.</source>
        <translation>Порт метрик должен отличаться от порта API.</translation>
    </message>
</context>
<context>
    <name>qm::gui::SystemPanel</name>
    <message>
        <location filename="../src/gui/widgets/system_panel.cpp" line="+91"/>
        <source>Worker %1</source>
        <translation>Поток %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>unknown</source>
        <translation>неизвестно</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none of AVX2, BMI2, AVX-512 (scalar code only)</source>
        <translation>нет ни AVX2, ни BMI2, ни AVX-512 (только скалярный код)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1; in use: %2</source>
        <translation>%1; используется: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1; would use %2</source>
        <translation>%1; использовал бы %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Looking for CUDA devices…</source>
        <translation>Поиск устройств CUDA…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>gpu-cuda can use %1 of %2 GPUs (driver CUDA %3.%4; %5)</source>
        <translation>gpu-cuda может использовать GPU: %1 из %2 (драйвер CUDA %3.%4; %5)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>gpu-cuda unavailable: %1</source>
        <translation>gpu-cuda недоступен: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Worker</source>
        <translation>Поток</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>10 s</source>
        <translation>10 с</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>60 s</source>
        <translation>60 с</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>15 min</source>
        <translation>15 мин</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>GPU</source>
        <translation>GPU</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Memory</source>
        <translation>Память</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Compute</source>
        <translation>Вычисления</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Temperature</source>
        <translation>Температура</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Power</source>
        <translation>Мощность</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Load</source>
        <translation>Загрузка</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not usable: %1</source>
        <translation>непригоден: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 of %2</source>
        <translation>%1 из %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1, %2 SMs</source>
        <translation>%1, SM: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 °C</source>
        <translation>%1 °C</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 W</source>
        <translation>%1 Вт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 / %2 W</source>
        <translation>%1 / %2 Вт</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
</context>
</TS>
