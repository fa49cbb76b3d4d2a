<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../ui/about_dialog.ui" line="+14"/>
        <source>About Quantus Miner</source>
        <translation>关于 Quantus Miner</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Quantus Miner</source>
        <translation>Quantus Miner</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Searches nonces for the Quantus Network&apos;s Poseidon2 proof of work, on CPUs and NVIDIA GPUs, for a Quantus node that sends jobs over HTTP.</source>
        <translation>为通过 HTTP 发送任务的 Quantus 节点，在 CPU 和 NVIDIA GPU 上搜索 Quantus Network 的 Poseidon2 工作量证明 nonce。</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Build</source>
        <translation>构建</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>CUDA engine</source>
        <translation>CUDA 引擎</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>CPU code paths</source>
        <translation>CPU 代码路径</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Qt</source>
        <translation>Qt</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Licence: MIT</source>
        <translation>许可证：MIT</translation>
    </message>
</context>
<context>
    <name>BackupNodeDialog</name>
    <message>
        <location filename="../ui/backup_node_dialog.ui" line="+14"/>
        <source>Backup node</source>
        <translation>备用节点</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Backup node a&amp;ddress</source>
        <translation>备用节点地址(&amp;D)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>HOST:PORT of the node&apos;s miner port (its --miner-listen-port), e.g. 127.0.0.1:9833.</source>
        <translation>节点矿工端口的 主机:端口（即其 --miner-listen-port），例如 127.0.0.1:9833。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Node &amp;directory</source>
        <translation>节点目录(&amp;D)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The node&apos;s &lt;base-path&gt;/chains/&lt;chain&gt;/ folder: both files are read from there.</source>
        <translation>节点的 &lt;base-path&gt;/chains/&lt;chain&gt;/ 文件夹：两个文件都从这里读取。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Choose the node&apos;s directory</source>
        <translation>选择节点目录</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The two &amp;files</source>
        <translation>两个文件(&amp;F)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Auth &amp;token file</source>
        <translation>认证令牌文件(&amp;T)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The node&apos;s miner-auth-token file.</source>
        <translation>节点的 miner-auth-token 文件。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Choose the token file</source>
        <translation>选择令牌文件</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Certificate &amp;pin file</source>
        <translation>证书指纹文件(&amp;P)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The node&apos;s miner-tls-cert-sha256 file.</source>
        <translation>节点的 miner-tls-cert-sha256 文件。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Choose the certificate pin file</source>
        <translation>选择证书指纹文件</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../src/app/app_options.cpp" line="+68"/>
        <source>%1 (see quantus-miner --help)</source>
        <translation>%1（参见 quantus-miner --help）</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>invalid --gpu-devices &apos;%1&apos;: expected a number of GPUs from 1 to 64, or all</source>
        <translation>无效的 --gpu-devices &apos;%1&apos;：应为 1 到 64 的 GPU 数量，或 all</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--lang needs a language code such as de or zh_CN</source>
        <translation>--lang 需要语言代码，例如 de 或 zh_CN</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--screenshot needs a PNG file name</source>
        <translation>--screenshot 需要 PNG 文件名</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 needs a value in seconds</source>
        <translation>%1 需要以秒为单位的值</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>invalid %1 &apos;%2&apos;: expected seconds, more than 0 and at most 3600</source>
        <translation>无效的 %1 &apos;%2&apos;：应为秒数，大于 0 且不超过 3600</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>invalid --pow &apos;%1&apos;: expected v1 or v2</source>
        <translation>无效的 --pow &apos;%1&apos;：应为 v1 或 v2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--duration needs a value in seconds</source>
        <translation>--duration 需要以秒为单位的值</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>invalid --duration &apos;%1&apos;: expected seconds, more than 0 and at most 86400</source>
        <translation>无效的 --duration &apos;%1&apos;：应为秒数，大于 0 且不超过 86400</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>hash takes no option &apos;%1&apos;</source>
        <translation>hash 不接受选项 &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>benchmark takes no option &apos;%1&apos;</source>
        <translation>benchmark 不接受选项 &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>health takes no option &apos;%1&apos;</source>
        <translation>health 不接受选项“%1”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown option &apos;%1&apos;</source>
        <translation>未知选项 &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="-30"/>
        <location line="+34"/>
        <source>%1 needs a value</source>
        <translation>%1 需要一个值</translation>
    </message>
    <message>
        <location line="-147"/>
        <source>node needs a subcommand: install</source>
        <translation>node 需要子命令：install</translation>
    </message>
    <message>
        <location line="+117"/>
        <source>node install takes no option &apos;%1&apos;</source>
        <translation>node install 不接受选项“%1”</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--node needs ADDR,dir=DIR or ADDR,token-file=F,cert-sha256-file=F</source>
        <translation>--node 需要 ADDR,dir=DIR 或 ADDR,token-file=F,cert-sha256-file=F</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>hash needs MINING_HASH NONCE [DIFFICULTY], got %1 argument(s)</source>
        <translation>hash 需要 MINING_HASH NONCE [DIFFICULTY]，收到 %1 个参数</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>多余的参数 &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Usage:</source>
        <translation>用法：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mine jobs sent by a Quantus node over HTTP</source>
        <translation>挖 Quantus 节点通过 HTTP 发送的任务</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Service options (command line over environment over default):</source>
        <translation>服务选项（命令行优先于环境变量，环境变量优先于默认值）：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>run without the dashboard (also automatic without a display)</source>
        <translation>不带仪表盘运行（没有显示器时自动如此）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HTTP API port (default 9833; 0: any free port)</source>
        <translation>HTTP API 端口（默认 9833；0：任意空闲端口）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>address to listen on (default 127.0.0.1;
0.0.0.0 in containers). The API has NO
authentication: anyone who can reach it can
submit and cancel jobs. Expose it only to the node.</source>
        <translation>监听地址（默认 127.0.0.1；容器中为 0.0.0.0）。
API 没有任何身份验证：能访问它的人都可以
提交和取消任务。只向节点开放。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>hashing threads (default: half of the CPUs this
process may use, cgroup cpuset honoured, at least 1;
more than available is clamped)</source>
        <translation>哈希线程数（默认：本进程可用 CPU 的一半，
遵循 cgroup cpuset，至少 1；超出可用数时
会被截断）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cpu-fast (default), cpu-baseline, gpu-cuda</source>
        <translation>cpu-fast（默认）、cpu-baseline、gpu-cuda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prometheus GET /metrics on this port (default off)</source>
        <translation>在此端口提供 Prometheus GET /metrics（默认关闭）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>target length of one chunk of work (default 1000)</source>
        <translation>一块工作的目标时长（默认 1000）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>open connections per HTTP port (default 256)</source>
        <translation>每个 HTTP 端口的最大连接数（默认 256）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>error, warn, info (default), debug, trace</source>
        <translation>error、warn、info（默认）、debug、trace</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>also append the log to PATH</source>
        <translation>同时将日志追加到 PATH</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>mine for a Quantus node over QUIC (QPoW v2),
e.g. 127.0.0.1:9833 (the node&apos;s --miner-listen-port)</source>
        <translation>通过 QUIC 为 Quantus 节点挖矿（QPoW v2），例如
127.0.0.1:9833（节点的 --miner-listen-port）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the node&apos;s miner-auth-token (or --auth-token T,
MINER_AUTH_TOKEN; a token on the command line
is visible to other users of this machine)</source>
        <translation>节点的 miner-auth-token（或 --auth-token T、
MINER_AUTH_TOKEN；命令行上的令牌 对本机其他用户可见）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>both files from the node&apos;s directory
&lt;base-path&gt;/chains/&lt;chain&gt;/</source>
        <translation>两个文件均取自节点的 &lt;base-path&gt;/chains/&lt;chain&gt;/</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>one more node, after --node-addr&apos;s and the --node
before it (repeat for each; the first reachable
one is mined for, the miner fails over and returns
to a higher one when it is back). Or
ADDR,token-file=F,cert-sha256-file=F. MINER_NODES:
the entries separated by &apos;;&apos;</source>
        <translation>再添加一个节点，排在 --node-addr 的节点和之前的
--node 之后（每个节点重复一次；为第一个可达的
节点挖矿，节点故障时矿工切换到下一个，前面的
节点恢复后再切回）。也可写
ADDR,token-file=F,cert-sha256-file=F。MINER_NODES：
各项以 &apos;;&apos; 分隔</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>run this quantus-node, keep it running and mine
for it (instead of --node-addr); it stops with
the miner</source>
        <translation>运行此 quantus-node，保持其运行并为其挖矿
（代替 --node-addr）；它随矿工一起停止</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the node&apos;s database and keys (its --base-path;
the node key is made there when missing)</source>
        <translation>节点的数据库和密钥（其 --base-path；
缺少节点密钥时在那里创建）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>where the rewards go: the Inner Hash that
quantus-node key quantus --scheme wormhole prints</source>
        <translation>奖励的去向：quantus-node key quantus
--scheme wormhole 输出的 Inner Hash</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the node&apos;s name on the network (default:
quantus-miner-&lt;8 hex digits&gt;, the same each start)</source>
        <translation>节点在网络上的名称（默认：
quantus-miner-&lt;8 位十六进制数&gt;，每次启动都相同）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the node&apos;s --miner-listen-port (default 9833)</source>
        <translation>节点的 --miner-listen-port（默认 9833）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the node&apos;s --rpc-port on 127.0.0.1 (default 9944)</source>
        <translation>节点在 127.0.0.1 上的 --rpc-port（默认 9944）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the node&apos;s --prometheus-port (default 9615)</source>
        <translation>节点的 --prometheus-port（默认 9615）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the same as --workers; 0: no CPU mining,
gpu-cuda mines</source>
        <translation>同 --workers；0：不用 CPU 挖矿，由 gpu-cuda 挖矿</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>the node&apos;s miner-tls-cert-sha256 (or
--tls-cert-sha256 HEX, MINER_TLS_CERT_SHA256)</source>
        <translation>节点的 miner-tls-cert-sha256（或 --tls-cert-sha256
HEX、MINER_TLS_CERT_SHA256）</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>the node&apos;s chain: mainnet, planck (testnet), dev,
or a chain spec file</source>
        <translation>节点的链：mainnet、planck（测试网）、dev
或链规范文件</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>gpu-cuda: use the first N visible GPUs (default all;
CUDA_VISIBLE_DEVICES picks which are visible)</source>
        <translation>gpu-cuda：使用前 N 个可见 GPU（默认 all；
由 CUDA_VISIBLE_DEVICES 决定哪些可见）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>interface language (de, es, fr, ru, zh_CN, en;
default: the dashboard&apos;s setting, else the system&apos;s)</source>
        <translation>界面语言（de、es、fr、ru、zh_CN、en；
默认：仪表盘中的设置，否则跟随系统）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dashboard checks (need a display):</source>
        <translation>仪表盘检查（需要显示器）：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>save the window as PNG after --screenshot-delay SECONDS (default 8), quit</source>
        <translation>在 --screenshot-delay SECONDS（默认 8）后将窗口保存为 PNG，然后退出</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>print the longest GUI event-loop stall over that time, quit</source>
        <translation>输出这段时间内 GUI 事件循环最长的卡顿，然后退出</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>hash: prints the 128-hex-digit PoW hash of MINING_HASH (64 hex digits) and NONCE
(1 to 128 hex digits, the number they spell, zero-padded on the left), and with
DIFFICULTY (decimal, at least 1) &apos;valid&apos; or &apos;invalid&apos; on a second line.</source>
        <translation>hash：输出 MINING_HASH（64 位十六进制）与 NONCE（1 到 128 位十六进制，
即其表示的数，左侧补零）的 128 位十六进制 PoW 哈希；给出 DIFFICULTY
（十进制，至少 1）时，在第二行输出 &apos;valid&apos; 或 &apos;invalid&apos;。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>benchmark: mines a job no hash can solve through the same workers as real jobs
and reports hashes per second, in total and per worker.
--duration SECONDS (default 10), --json (one JSON object), --engine, --workers,
--gpu-devices.</source>
        <translation>benchmark：用与真实任务相同的工作线程挖一个任何哈希都无法解出的任务，
报告每秒哈希数，包括总计和每个工作线程。
--duration SECONDS（默认 10）、--json（一个 JSON 对象）、--engine、
--workers、--gpu-devices。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--pow v1|v2 (hash, benchmark): the proof of work, QPoW v1 of HTTP nodes (default)
or QPoW v2 of today&apos;s network.</source>
        <translation>--pow v1|v2（hash、benchmark）：工作量证明，HTTP 节点的 QPoW v1（默认）
或当今网络的 QPoW v2。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>health: asks the miner running on --bind and --port (or MINER_BIND, MINER_PORT)
whether its API answers; exit 0 when it does (a container&apos;s HEALTHCHECK).</source>
        <translation>health：询问在 --bind 和 --port（或 MINER_BIND、MINER_PORT）上运行的矿工
其 API 是否应答；应答则退出码为 0（用作容器的 HEALTHCHECK）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>node install: downloads the quantus-node the network&apos;s compatibility manifest
names for this computer (--manifest URL or FILE, default
https://docs.quantus.com/mining-compatibility.json), checks its SHA-256, unpacks
it into --dir DIR (default ~/.local/share/quantus-miner/node/bin) and prints its
path and version. --dry-run prints the network, node version, URL and SHA-256
and downloads nothing. Exit 1: the download failed; 2: a bad manifest or option.</source>
        <translation>node install：下载网络兼容性清单为本机指定的 quantus-node（--manifest URL 或
FILE，默认 https://docs.quantus.com/mining-compatibility.json），校验其 SHA-256，
解压到 --dir DIR（默认 ~/.local/share/quantus-miner/node/bin），并输出其路径
和版本。--dry-run 输出网络、节点版本、URL 和 SHA-256，不下载任何内容。
退出码 1：下载失败；2：清单或选项无效。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Exit codes: 0 success, 1 runtime failure (e.g. port in use), 2 invalid arguments.</source>
        <translation>退出码：0 成功，1 运行时失败（例如端口被占用），2 参数无效。</translation>
    </message>
</context>
<context>
    <name>LogConsole</name>
    <message>
        <location filename="../ui/log_console.ui" line="+37"/>
        <source>S&amp;how</source>
        <translation>显示(&amp;S)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Search the log…</source>
        <translation>搜索日志…</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Copy the selected lines (all shown lines when none is selected)</source>
        <translation>复制选中的行（未选中时复制所有显示的行）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Save the shown lines to a file</source>
        <translation>将显示的行保存到文件</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sa&amp;ve…</source>
        <translation>保存(&amp;V)…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Clear the console (the log file and stderr keep their lines)</source>
        <translation>清空控制台（日志文件和 stderr 保留其内容）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>C&amp;lear</source>
        <translation>清空(&amp;X)</translation>
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
        <translation>启动或停止挖矿服务。停止会关闭端口并取消正在运行的任务。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stop mining</source>
        <translation>停止挖矿</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Engine</source>
        <translation>引擎(&amp;E)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The hashing engine. A change applies to the next chunk of every job, without restarting them.</source>
        <translation>哈希引擎。更改从每个任务的下一块开始生效，无需重启任务。</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>&amp;Workers</source>
        <translation>工作线程(&amp;W)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Worker threads hashing on the CPU. A change applies to the next chunk, without restarting jobs.</source>
        <translation>在 CPU 上计算哈希的工作线程。更改从下一块开始生效，无需重启任务。</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>About Quantus Miner</source>
        <translation>关于 Quantus Miner</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>&amp;Retry</source>
        <translation>重试(&amp;R)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Change &amp;port…</source>
        <translation>更改端口(&amp;P)…</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Hash rate</source>
        <translation>算力</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>How much history the chart shows</source>
        <translation>图表显示的历史时长</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+217"/>
        <source>&amp;Jobs</source>
        <translation>任务(&amp;J)</translation>
    </message>
    <message>
        <location line="-119"/>
        <location line="+127"/>
        <source>&amp;Log</source>
        <translation>日志(&amp;L)</translation>
    </message>
    <message>
        <location line="-122"/>
        <location line="+130"/>
        <source>S&amp;ystem</source>
        <translation>系统(&amp;Y)</translation>
    </message>
    <message>
        <location line="-125"/>
        <location line="+74"/>
        <source>&amp;Node</source>
        <translation>节点(&amp;N)</translation>
    </message>
    <message>
        <location line="-69"/>
        <location line="+77"/>
        <source>&amp;Rewards</source>
        <translation>奖励(&amp;R)</translation>
    </message>
    <message>
        <location line="-66"/>
        <source>&amp;Mining</source>
        <translation>挖矿(&amp;M)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Stop mining</source>
        <translation>停止挖矿(&amp;S)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>S&amp;ettings…</source>
        <translation>设置(&amp;E)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Set up a local &amp;node…</source>
        <translation>设置本地节点(&amp;N)…</translation>
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
        <translation>隐藏到托盘(&amp;H)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ctrl+W</source>
        <translation>Ctrl+W</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
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
        <translation>关于 Quantus Miner(&amp;A)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>About &amp;Qt</source>
        <translation>关于 Qt(&amp;Q)</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../ui/settings_dialog.ui" line="+14"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Mining service</source>
        <translation>挖矿服务</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Listen &amp;address</source>
        <translation>监听地址(&amp;A)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>127.0.0.1 accepts jobs from this computer only; 0.0.0.0 or :: from the whole network.</source>
        <translation>127.0.0.1 只接受本机的任务；0.0.0.0 或 :: 接受整个网络的任务。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>API &amp;port</source>
        <translation>API 端口(&amp;P)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The port the node sends jobs to (default 9833).</source>
        <translation>节点发送任务的端口（默认 9833）。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Metrics port</source>
        <translation>指标端口(&amp;M)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Serve Prometheus metrics on this port, on the same address.</source>
        <translation>在此端口、同一地址上提供 Prometheus 指标。</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Mine for a Quantus &amp;node (QUIC)</source>
        <translation>为 Quantus 节点挖矿 (QUIC)(&amp;N)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Take jobs from a Quantus node v0.10 or newer (mainnet), which checks QPoW v2. The HTTP API above stays open for older nodes.</source>
        <translation>从 v0.10 或更新版本的 Quantus 节点（主网）接收任务，该节点校验 QPoW v2。上面的 HTTP API 仍为旧节点开放。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Node a&amp;ddress</source>
        <translation>节点地址(&amp;D)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>HOST:PORT of the node&apos;s miner port (its --miner-listen-port), e.g. 127.0.0.1:9833.</source>
        <translation>节点矿工端口的 主机:端口（即其 --miner-listen-port），例如 127.0.0.1:9833。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Node &amp;directory</source>
        <translation>节点目录(&amp;D)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The node&apos;s &lt;base-path&gt;/chains/&lt;chain&gt;/ folder: both files are read from there.</source>
        <translation>节点的 &lt;base-path&gt;/chains/&lt;chain&gt;/ 文件夹：两个文件都从这里读取。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Choose the node&apos;s directory</source>
        <translation>选择节点目录</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The two &amp;files</source>
        <translation>两个文件(&amp;F)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Auth &amp;token file</source>
        <translation>认证令牌文件(&amp;T)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The node&apos;s miner-auth-token file.</source>
        <translation>节点的 miner-auth-token 文件。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Choose the token file</source>
        <translation>选择令牌文件</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Certificate &amp;pin file</source>
        <translation>证书指纹文件(&amp;P)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The node&apos;s miner-tls-cert-sha256 file.</source>
        <translation>节点的 miner-tls-cert-sha256 文件。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Choose the certificate pin file</source>
        <translation>选择证书指纹文件</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Backup nodes, tried in this order after the node above</source>
        <translation>备用节点，在上面的节点之后按此顺序尝试(&amp;B)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Other nodes to mine for when the node above cannot be reached or has no job. Double-click an entry to edit it.</source>
        <translation>上面的节点不可达或没有任务时，改为其挖矿的其他节点。双击某一项即可编辑。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add a backup node at the end of the list</source>
        <translation>在列表末尾添加一个备用节点</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change the chosen backup node</source>
        <translation>修改所选的备用节点</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Rem&amp;ove</source>
        <translation>移除(&amp;O)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove the chosen backup node</source>
        <translation>移除所选的备用节点</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Try the chosen backup node earlier</source>
        <translation>更早尝试所选的备用节点</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Try the chosen backup node later</source>
        <translation>更晚尝试所选的备用节点</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>A node on this &amp;computer</source>
        <translation>本机上的节点(&amp;C)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The miner can run and watch a Quantus node for you: program, identity, rewards and network.</source>
        <translation>矿工可以替您运行并照看一个 Quantus 节点：程序、身份、奖励和网络。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Set &amp;up…</source>
        <translation>设置(&amp;U)…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Interface</source>
        <translation>界面</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Appea&amp;rance</source>
        <translation>外观(&amp;T)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Start minimi&amp;sed</source>
        <translation>启动时最小化(&amp;I)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Close to the system &amp;tray (keep mining in the background)</source>
        <translation>关闭时最小化到系统托盘（后台继续挖矿）(&amp;C)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Start &amp;when I log in</source>
        <translation>登录时启动(&amp;O)</translation>
    </message>
</context>
<context>
    <name>SystemPanel</name>
    <message>
        <location filename="../ui/system_panel.ui" line="+54"/>
        <source>Processor</source>
        <translation>处理器</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Model</source>
        <translation>型号</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Logical CPUs</source>
        <translation>逻辑 CPU</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Usable by the miner</source>
        <translation>矿工可用</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Instruction sets</source>
        <translation>指令集</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>cpu-fast paths</source>
        <translation>cpu-fast 路径</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Graphics cards</source>
        <translation>显卡</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Worker threads</source>
        <translation>工作线程</translation>
    </message>
</context>
<context>
    <name>qm::gui::AboutDialog</name>
    <message>
        <location filename="../src/gui/about_dialog.cpp" line="+45"/>
        <source>Version %1</source>
        <translation>版本 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>yes: %1</source>
        <translation>是：%1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no (built without CUDA)</source>
        <translation>否（构建时未启用 CUDA）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>built: %1; this CPU: %2</source>
        <translation>已构建：%1；本 CPU：%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (built with %2)</source>
        <translation>%1（构建时为 %2）</translation>
    </message>
</context>
<context>
    <name>qm::gui::Autostart</name>
    <message>
        <location filename="../src/gui/autostart.cpp" line="+68"/>
        <source>cannot remove %1</source>
        <translation>无法删除 %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cannot create %1</source>
        <translation>无法创建 %1</translation>
    </message>
</context>
<context>
    <name>qm::gui::BackupNodeDialog</name>
    <message>
        <location filename="../src/gui/backup_node_dialog.cpp" line="+49"/>
        <source>%1 is already in the node list: give each node once.</source>
        <translation>%1 已在节点列表中：每个节点只能填写一次。</translation>
    </message>
</context>
<context>
    <name>qm::gui::CheckPage</name>
    <message>
        <location filename="../src/gui/wizard/rewards_page.cpp" line="+258"/>
        <source>Check your words</source>
        <translation>核对助记词</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type two of the words from your sheet, so a mistake in writing them down shows now and not when you need them.</source>
        <translation>请输入纸上的其中两个词，这样抄写时的错误现在就能发现，而不是等到需要时才发现。</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+1"/>
        <source>Word %1:</source>
        <translation>第 %1 个词：</translation>
    </message>
</context>
<context>
    <name>qm::gui::Dashboard</name>
    <message>
        <location filename="../src/gui/dashboard.cpp" line="+52"/>
        <source>Quantus Miner keeps mining</source>
        <translation>Quantus Miner 仍在挖矿</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The window is hidden; mining goes on. Use the tray icon to show it again or to quit.</source>
        <translation>窗口已隐藏，挖矿仍在继续。使用托盘图标可重新显示窗口或退出。</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>&amp;Hide window</source>
        <translation>隐藏窗口(&amp;H)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Show window</source>
        <translation>显示窗口(&amp;S)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>S&amp;top mining</source>
        <translation>停止挖矿(&amp;T)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>S&amp;tart mining</source>
        <translation>开始挖矿(&amp;T)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Solution found</source>
        <translation>找到解</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Job %1 found a nonce after %2 hashes in %3.</source>
        <translation>任务 %1 在 %3 内经过 %2 次哈希找到了 nonce。</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>cannot create the folder %1</source>
        <translation>无法创建文件夹 %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cannot write %1</source>
        <translation>无法写入 %1</translation>
    </message>
</context>
<context>
    <name>qm::gui::Format</name>
    <message>
        <location filename="../src/gui/format.cpp" line="+28"/>
        <source>n/a</source>
        <translation>无</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%1 d %2:%3:%4</source>
        <translation>%1 天 %2:%3:%4</translation>
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
        <translation>时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hash rate (%1)</source>
        <translation>算力（%1）</translation>
    </message>
</context>
<context>
    <name>qm::gui::IdentityPage</name>
    <message>
        <location filename="../src/gui/wizard/identity_page.cpp" line="+20"/>
        <source>Node data and identity</source>
        <translation>节点数据与身份</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The node stores the chain in its data folder and needs an identity of its own on the network. Nothing here is secret, but keep the identity to keep your node&apos;s name among its peers.</source>
        <translation>节点把链数据存放在其数据文件夹中，并需要在网络上拥有自己的身份。这里没有任何机密，但请保留该身份，让您的节点在对等节点中保持原有的名称。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Create the identity now</source>
        <translation>立即创建身份(&amp;C)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Data folder:</source>
        <translation>数据文件夹：</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Choose the node&apos;s data folder</source>
        <translation>选择节点的数据文件夹</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Choose a folder with room for the chain.</source>
        <translation>请选择一个有足够空间存放链数据的文件夹。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The node identity is ready: %1</source>
        <translation>节点身份已就绪：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The node identity is ready: %1
Peer id: %2</source>
        <translation>节点身份已就绪：%1
对等节点 ID：%2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There is no node identity yet; it will be created at %1 by the node program.</source>
        <translation>尚无节点身份；节点程序将在 %1 创建它。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The node program could not create the identity: %1</source>
        <translation>节点程序无法创建身份：%1</translation>
    </message>
</context>
<context>
    <name>qm::gui::JobTableModel</name>
    <message>
        <location filename="../src/gui/models/job_table_model.cpp" line="+210"/>
        <source>Running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Job %1</source>
        <translation>任务 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mining hash: %1</source>
        <translation>挖矿哈希：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Difficulty: %1</source>
        <translation>难度：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nonces: 0x%1 … 0x%2</source>
        <translation>Nonce：0x%1 … 0x%2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Found nonce: 0x%1</source>
        <translation>找到的 nonce：0x%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hash: 0x%1</source>
        <translation>哈希：0x%1</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>10-second rate while running; the average once ended</source>
        <translation>运行时为 10 秒算力；结束后为平均值</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nonces checked so far</source>
        <translation>目前已检查的 nonce 数</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Job</source>
        <translation>任务</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Started</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Difficulty</source>
        <translation>难度</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nonces checked</source>
        <translation>已检查 nonce</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rate</source>
        <translation>速率</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Elapsed</source>
        <translation>用时</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Found nonce</source>
        <translation>找到的 nonce</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Engine</source>
        <translation>引擎</translation>
    </message>
</context>
<context>
    <name>qm::gui::LocalNodeModel</name>
    <message>
        <location filename="../src/gui/models/local_node_model.cpp" line="+109"/>
        <source>The node is not set up yet.</source>
        <translation>节点尚未设置。</translation>
    </message>
    <message numerus="yes">
        <location line="+102"/>
        <source>%n days</source>
        <translation>
            <numerusform>%n 天</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 hour</source>
        <translation>1 小时</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n hours</source>
        <translation>
            <numerusform>%n 小时</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 minute</source>
        <translation>1 分钟</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n minutes</source>
        <translation>
            <numerusform>%n 分钟</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 second</source>
        <translation>1 秒</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n seconds</source>
        <translation>
            <numerusform>%n 秒</numerusform>
        </translation>
    </message>
    <message>
        <location line="+36"/>
        <source>No local node set up</source>
        <translation>未设置本地节点</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Node is stopped</source>
        <translation>节点已停止</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Node is starting</source>
        <translation>节点正在启动</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Node stopped unexpectedly; restarting in %n s</source>
        <translation>
            <numerusform>节点意外停止；%n 秒后重启</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Node cannot start: %1</source>
        <translation>节点无法启动：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting for peers</source>
        <translation>正在等待对等节点</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Node is syncing (%1 %) — mining starts when it is done</source>
        <translation>节点正在同步（%1%）— 同步完成后开始挖矿</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Waiting for a fresh tip: the best block is %1 old; the node mines once it has synced a block from the last %2</source>
        <translation>正在等待新的链顶：最佳区块已有 %1 之久；节点同步到最近 %2 内的区块后才会挖矿</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Mining</source>
        <translation>正在挖矿</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Node is in sync; mining is stopped</source>
        <translation>节点已同步；挖矿已停止</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The miner cannot use the node: %1</source>
        <translation>矿工无法使用该节点：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Node is in sync; connecting the miner</source>
        <translation>节点已同步；正在连接矿工</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Node is stopping</source>
        <translation>节点正在停止</translation>
    </message>
</context>
<context>
    <name>qm::gui::LogConsole</name>
    <message>
        <location filename="../src/gui/widgets/log_console.cpp" line="+94"/>
        <source>Errors</source>
        <translation>错误</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warnings and errors</source>
        <translation>警告和错误</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Information</source>
        <translation>信息</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Debug</source>
        <translation>调试</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everything</source>
        <translation>全部</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Lines: %1</source>
        <translation>行数：%1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Shown: %1 of %2</source>
        <translation>显示：%1 / %2</translation>
    </message>
    <message>
        <location line="+50"/>
        <location line="+5"/>
        <source>Save log</source>
        <translation>保存日志</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Log files (*.log *.txt);;All files (*)</source>
        <translation>日志文件 (*.log *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Could not save the log to %1: %2</source>
        <translation>无法将日志保存到 %1：%2</translation>
    </message>
</context>
<context>
    <name>qm::gui::LogModel</name>
    <message>
        <location filename="../src/gui/models/log_model.cpp" line="+112"/>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Info</source>
        <translation>信息</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Debug</source>
        <translation>调试</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Trace</source>
        <translation>跟踪</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Message</source>
        <translation>消息</translation>
    </message>
</context>
<context>
    <name>qm::gui::MainWindow</name>
    <message>
        <location filename="../src/gui/widgets/control_bar.cpp" line="+33"/>
        <source>Checking for CUDA devices…</source>
        <translation>正在检查 CUDA 设备…</translation>
    </message>
    <message>
        <location filename="../src/gui/main_window.cpp" line="+234"/>
        <source>Hash rate</source>
        <translation>算力</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>10 s average</source>
        <translation>10 秒平均</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>60 s average</source>
        <translation>60 秒平均</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>15 min average</source>
        <translation>15 分钟平均</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jobs</source>
        <translation>任务</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Solutions found</source>
        <translation>找到的解</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Last minute</source>
        <translation>最近 1 分钟</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Last 5 minutes</source>
        <translation>最近 5 分钟</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Last 15 minutes</source>
        <translation>最近 15 分钟</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/control_bar.cpp" line="+58"/>
        <source>of %1 CPUs</source>
        <translation>共 %1 个 CPU</translation>
    </message>
    <message>
        <location filename="../src/gui/main_window_tabs.cpp" line="+75"/>
        <source>No jobs yet.
A Quantus node sends jobs to this miner over HTTP; point its external miner setting at the address in the status bar below.</source>
        <translation>还没有任务。
Quantus 节点通过 HTTP 向本矿工发送任务；请将其外部矿工设置指向下方状态栏中的地址。</translation>
    </message>
    <message>
        <location filename="../src/gui/main_window.cpp" line="+14"/>
        <source>waiting for the first samples</source>
        <translation>正在等待首批采样</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+385"/>
        <source>&amp;Hide to tray</source>
        <translation>隐藏到托盘(&amp;H)</translation>
    </message>
    <message>
        <location line="-385"/>
        <location line="+385"/>
        <source>&amp;Minimise</source>
        <translation>最小化(&amp;N)</translation>
    </message>
    <message>
        <location line="-556"/>
        <location line="+223"/>
        <source>the service did not start (see the log)</source>
        <translation>服务未能启动（参见日志）</translation>
    </message>
    <message>
        <location filename="../src/gui/main_window_tabs.cpp" line="-5"/>
        <source>No jobs yet.
The node at %1 sends a job once it has peers and is in sync; its state is in the status bar below.</source>
        <translation>暂无任务。
位于 %1 的节点在有对等节点并完成同步后发送任务；其状态见下方状态栏。</translation>
    </message>
    <message>
        <location filename="../src/gui/main_window.cpp" line="+59"/>
        <source>Listening on %1:%2</source>
        <translation>正在监听 %1:%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>metrics on port %1</source>
        <translation>指标端口 %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Error: %1</source>
        <translation>错误：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+243"/>
        <source>Stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/control_bar.cpp" line="-9"/>
        <source>Stop mining</source>
        <translation>停止挖矿</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Start mining</source>
        <translation>开始挖矿</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Stop mining</source>
        <translation>停止挖矿(&amp;S)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Start mining</source>
        <translation>开始挖矿(&amp;S)</translation>
    </message>
    <message>
        <location filename="../src/gui/main_window.cpp" line="-231"/>
        <source>&lt;b&gt;Not mining for the node at %1.&lt;/b&gt; %2</source>
        <translation>&lt;b&gt;未为位于 %1 的节点挖矿。&lt;/b&gt; %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&lt;b&gt;Not mining for any of the %1 nodes.&lt;/b&gt; %2</source>
        <translation>&lt;b&gt;未为 %1 个节点中的任何一个挖矿。&lt;/b&gt; %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&lt;b&gt;Not mining on %1:%2.&lt;/b&gt; %3</source>
        <translation>&lt;b&gt;未在 %1:%2 上挖矿。&lt;/b&gt;%3</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/status_strip.cpp" line="+137"/>
        <source>connecting</source>
        <translation>正在连接</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>authenticating</source>
        <translation>正在认证</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>connected, waiting for a job</source>
        <translation>已连接，等待任务</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>mining job %1</source>
        <translation>正在挖任务 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>retrying in %1 s</source>
        <translation>%1 秒后重试</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>stopped: %1</source>
        <translation>已停止：%1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Node %1: %2</source>
        <translation>节点 %1：%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Node %1 (%2 of %3): %4</source>
        <translation>节点 %1（第 %2 个，共 %3 个）：%4</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 jobs, %2 blocks submitted, last job %3 ago</source>
        <translation>%1 个任务，已提交 %2 个区块，上一个任务于 %3 前</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1. %2: %3</source>
        <translation>%1. %2：%3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>mining for this node</source>
        <translation>正在为此节点挖矿</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>1 switch between nodes since the start</source>
        <translation>自启动以来已在节点间切换 1 次</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n switches between nodes since the start</source>
        <translation>
            <numerusform>自启动以来已在节点间切换 %n 次</numerusform>
        </translation>
    </message>
    <message>
        <location line="-70"/>
        <source>Uptime %1</source>
        <translation>运行时间 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Uptime —</source>
        <translation>运行时间 —</translation>
    </message>
    <message>
        <location filename="../src/gui/main_window.cpp" line="+92"/>
        <source>Engine</source>
        <translation>引擎</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cannot switch to %1: %2</source>
        <translation>无法切换到 %1：%2</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/status_strip.cpp" line="-13"/>
        <source>Engine %1 (%2)</source>
        <translation>引擎 %1（%2）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Workers %1</source>
        <translation>工作线程 %1</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/control_bar.cpp" line="-12"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 unavailable: %2</source>
        <translation>%1 不可用：%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (unavailable)</source>
        <translation>%1（不可用）</translation>
    </message>
    <message>
        <location filename="../src/gui/main_window.cpp" line="+56"/>
        <source>peak %1 (10 s)</source>
        <translation>峰值 %1（10 秒）</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+12"/>
        <source>total %1 hashes</source>
        <translation>共 %1 次哈希</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>%1 per worker</source>
        <translation>每线程 %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 running</source>
        <translation>%1 个运行中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 accepted · %2 completed</source>
        <translation>已接受 %1 · 已完成 %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Accepted %1</source>
        <translation>已接受 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Running %1</source>
        <translation>运行中 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Completed %1</source>
        <translation>已完成 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed %1</source>
        <translation>失败 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancelled %1</source>
        <translation>已取消 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finished jobs leave the list %1 min after the node has fetched them</source>
        <translation>节点取走已结束的任务 %1 分钟后，它们会从列表中移除</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>none yet this session</source>
        <translation>本次会话尚无</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>last at %1</source>
        <translation>最近一次 %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 · running jobs: %2</source>
        <translation>%1 · 运行中的任务：%2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not mining: %1</source>
        <translation>未在挖矿：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Quantus Miner</source>
        <translation>Quantus Miner</translation>
    </message>
    <message>
        <location filename="../src/gui/main_window_tabs.cpp" line="+19"/>
        <source>&amp;Cancel job</source>
        <translation>取消任务(&amp;C)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy job &amp;ID</source>
        <translation>复制任务 ID(&amp;I)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy found &amp;nonce</source>
        <translation>复制找到的 nonce(&amp;N)</translation>
    </message>
    <message>
        <location filename="../src/gui/main_window_settings.cpp" line="+73"/>
        <source>Start on login</source>
        <translation>登录时启动</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not change the autostart entry: %1</source>
        <translation>无法更改自启动项：%1</translation>
    </message>
</context>
<context>
    <name>qm::gui::NetworkPage</name>
    <message>
        <location filename="../src/gui/wizard/network_page.cpp" line="+46"/>
        <source>Network</source>
        <translation>网络</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The network your node joins, and the ports it uses on this computer only.</source>
        <translation>您的节点加入的网络，以及它仅在本机上使用的端口。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>optional; shown to other nodes</source>
        <translation>可选；对其他节点可见</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Chain:</source>
        <translation>链：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Node name:</source>
        <translation>节点名称：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Miner port (QUIC):</source>
        <translation>矿工端口（QUIC）：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RPC port:</source>
        <translation>RPC 端口：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prometheus port:</source>
        <translation>Prometheus 端口：</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The manifest names %1 (%2) for node %3.</source>
        <translation>清单为节点 %3 指定了 %1（%2）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A test network: its tokens have no value.</source>
        <translation>测试网络：其代币没有价值。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The chain the network&apos;s compatibility manifest names: mainnet, or a test network such as planck.</source>
        <translation>网络兼容性清单指定的链：mainnet，或 planck 等测试网络。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>optional; empty: %1</source>
        <translation>可选；留空则为 %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cannot tell how much space is free at %1.</source>
        <translation>无法确定 %1 处有多少可用空间。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>⚠ Only %1 free on the data folder&apos;s disk; a node of this network needs about %2. Choose another data folder or free some space, or the node will stop when the disk is full.</source>
        <translation>⚠ 数据文件夹所在磁盘仅剩 %1 可用；此网络的节点约需 %2。请选择其他数据文件夹或释放一些空间，否则磁盘写满时节点会停止。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 free on the data folder&apos;s disk; the network needs about %2.</source>
        <translation>数据文件夹所在磁盘有 %1 可用；此网络约需 %2。</translation>
    </message>
</context>
<context>
    <name>qm::gui::NodePanel</name>
    <message>
        <location filename="../src/gui/widgets/node_panel.cpp" line="+90"/>
        <source>The node cannot start</source>
        <translation>节点无法启动</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Chain:</source>
        <translation>链：</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Node version:</source>
        <translation>节点版本：</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Peers:</source>
        <translation>对等节点：</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Best block:</source>
        <translation>最佳区块：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last block:</source>
        <translation>上一个区块：</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Blocks mined:</source>
        <translation>已挖出区块：</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Restarts:</source>
        <translation>重启次数：</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Peer id:</source>
        <translation>对等节点 ID：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Set &amp;up…</source>
        <translation>设置(&amp;U)…</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Set up a node…</source>
        <translation>设置节点…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>S&amp;top node</source>
        <translation>停止节点(&amp;T)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>S&amp;tart node</source>
        <translation>启动节点(&amp;T)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 of %2 blocks (%3 %)</source>
        <translation>%1 / %2 个区块（%3%）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not running</source>
        <translation>未运行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 blocks/s</source>
        <translation>%1 区块/秒</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%n s ago</source>
        <translation>
            <numerusform>%n 秒前</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 ago</source>
        <translation>%1 前</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 this run, %2 in total</source>
        <translation>本次运行 %1 个，共 %2 个</translation>
    </message>
</context>
<context>
    <name>qm::gui::NodeWizard</name>
    <message>
        <location filename="../src/gui/wizard/node_wizard.cpp" line="+16"/>
        <source>Set up your Quantus node</source>
        <translation>设置您的 Quantus 节点</translation>
    </message>
</context>
<context>
    <name>qm::gui::PhrasePage</name>
    <message>
        <location filename="../src/gui/wizard/rewards_page.cpp" line="-87"/>
        <source>Write down your 24 words</source>
        <translation>抄下您的 24 个助记词</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>These words are your rewards key. Write them on paper, in order, and keep it safe.</source>
        <translation>这些词就是您的奖励密钥。请按顺序抄写在纸上，并妥善保管。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anyone with these words can take your rewards; without them you cannot recover the key. They are shown only now and are not stored anywhere.</source>
        <translation>任何拿到这些词的人都能取走您的奖励；没有它们，您将无法恢复密钥。它们只在此时显示，不会保存在任何地方。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>I have &amp;written the 24 words down</source>
        <translation>我已抄下这 24 个助记词(&amp;W)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Address: %1</source>
        <translation>地址：%1</translation>
    </message>
</context>
<context>
    <name>qm::gui::ProgramPage</name>
    <message>
        <location filename="../src/gui/wizard/program_page.cpp" line="+26"/>
        <source>The node program</source>
        <translation>节点程序</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your miner mines for a Quantus node on this computer. Choose the node program you have, or download the release the network expects.</source>
        <translation>您的矿工为本机上的 Quantus 节点挖矿。请选择您已有的节点程序，或下载网络所需的发行版。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use a &amp;quantus-node I already have</source>
        <translation>使用我已有的 quantus-node(&amp;Q)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Download the node the network names</source>
        <translation>下载网络指定的节点(&amp;D)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Path to quantus-node</source>
        <translation>quantus-node 的路径</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The compatibility manifest lists the node release for each network with its SHA-256 checksum.</source>
        <translation>兼容性清单列出每个网络对应的节点发行版及其 SHA-256 校验和。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Down&amp;load</source>
        <translation>下载(&amp;L)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Manifest:</source>
        <translation>清单：</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Choose quantus-node</source>
        <translation>选择 quantus-node</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Downloading quantus-node %1 for %2…</source>
        <translation>正在下载适用于 %2 的 quantus-node %1…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The download broke off (%1); trying again (%2)…</source>
        <translation>下载中断（%1）；正在重试（%2）…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Checking the SHA-256 checksum…</source>
        <translation>正在检查 SHA-256 校验和…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Downloaded and verified: %1</source>
        <translation>已下载并验证：%1</translation>
    </message>
    <message>
        <location line="-26"/>
        <location line="+31"/>
        <source>The download failed: %1</source>
        <translation>下载失败：%1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Network: %1 (%2), node %3</source>
        <translation>网络：%1（%2），节点 %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Manifest updated %1</source>
        <translation>清单更新于 %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is a test network: its tokens have no value.</source>
        <translation>%1 是测试网络：其代币没有价值。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The manifest address is not a valid URL.</source>
        <translation>清单地址不是有效的 URL。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Reading the compatibility manifest…</source>
        <translation>正在读取兼容性清单…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>This is not a usable quantus-node: %1</source>
        <translation>这不是可用的 quantus-node：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Found %1.</source>
        <translation>已找到 %1。</translation>
    </message>
</context>
<context>
    <name>qm::gui::QrCodeWidget</name>
    <message>
        <location filename="../src/gui/widgets/qr_code_widget.cpp" line="+57"/>
        <source>QR code</source>
        <translation>二维码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Empty: no text to show</source>
        <translation>空：没有可显示的文本</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <location line="+2"/>
        <location line="+4"/>
        <source>QR code of %1</source>
        <translation>%1 的二维码</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Not shown: the text is too long for a QR code (%1 bytes)</source>
        <translation>未显示：文本太长，无法生成二维码（%1 字节）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not shown: the QR code could not be made</source>
        <translation>未显示：无法生成二维码</translation>
    </message>
</context>
<context>
    <name>qm::gui::ReadyPage</name>
    <message>
        <location filename="../src/gui/wizard/network_page.cpp" line="+44"/>
        <source>Ready to mine</source>
        <translation>一切就绪，准备挖矿</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finish starts your node. It first catches up with the chain; the miner starts by itself when the node is in sync and has peers.</source>
        <translation>点击“完成”即启动您的节点。节点会先追上链的进度；当节点完成同步并有对等节点时，矿工会自动开始。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Start the node and mine now</source>
        <translation>立即启动节点并挖矿(&amp;S)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Node program</source>
        <translation>节点程序</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data folder</source>
        <translation>数据文件夹</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chain</source>
        <translation>链</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rewards address</source>
        <translation>奖励地址</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>(not given)</source>
        <translation>（未提供）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inner hash</source>
        <translation>内部哈希</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ports</source>
        <translation>端口</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>miner %1, RPC %2, Prometheus %3</source>
        <translation>矿工 %1，RPC %2，Prometheus %3</translation>
    </message>
</context>
<context>
    <name>qm::gui::RewardsPage</name>
    <message>
        <location filename="../src/gui/wizard/rewards_page.cpp" line="-199"/>
        <source>Your rewards</source>
        <translation>您的奖励</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blocks your node mines pay a wormhole address. The node needs only the address&apos;s inner hash; your 24 secret words never leave this computer and are not stored.</source>
        <translation>您的节点挖出的区块会把奖励付到一个 wormhole 地址。节点只需要该地址的内部哈希；您的 24 个秘密助记词绝不会离开本机，也不会被保存。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>I have the &amp;inner hash of my rewards address</source>
        <translation>我有奖励地址的内部哈希(&amp;I)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I have the &amp;24 words of an existing key</source>
        <translation>我有现有密钥的 24 个助记词(&amp;2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create a &amp;new key for me</source>
        <translation>为我创建新密钥(&amp;N)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>qz… (optional, for the QR code)</source>
        <translation>qz…（可选，用于二维码）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>word1 word2 … word24</source>
        <translation>词1 词2 … 词24</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show the words</source>
        <translation>显示助记词</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Inner hash:</source>
        <translation>内部哈希：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address:</source>
        <translation>地址：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Words:</source>
        <translation>助记词：</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <location line="+14"/>
        <source>%n of 24 words</source>
        <translation>
            <numerusform>%n/24 个助记词</numerusform>
        </translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The inner hash is 0x followed by 64 hexadecimal digits.</source>
        <translation>内部哈希是 0x 后跟 64 位十六进制数字。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A Quantus rewards address starts with qz.</source>
        <translation>Quantus 奖励地址以 qz 开头。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The node program did not accept the words: %1</source>
        <translation>节点程序未接受这些助记词：%1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The node program could not create a key: %1</source>
        <translation>节点程序无法创建密钥：%1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Rewards go to %1</source>
        <translation>奖励将发往 %1</translation>
    </message>
</context>
<context>
    <name>qm::gui::RewardsPanel</name>
    <message>
        <location filename="../src/gui/widgets/rewards_panel.cpp" line="+111"/>
        <source>Rewards address</source>
        <translation>奖励地址</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inner hash the node mines for:</source>
        <translation>节点挖矿所用的内部哈希：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>blocks mined since the app started</source>
        <translation>自应用启动以来挖出的区块</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>blocks mined in total</source>
        <translation>累计挖出的区块</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set up a node to mine for your own rewards address. The assistant takes a few minutes and needs no terminal.</source>
        <translation>设置一个节点，为您自己的奖励地址挖矿。向导只需几分钟，无需使用终端。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set &amp;up a node…</source>
        <translation>设置节点(&amp;U)…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>(only the inner hash is known)</source>
        <translation>（仅知道内部哈希）</translation>
    </message>
</context>
<context>
    <name>qm::gui::SettingsDialog</name>
    <message>
        <location filename="../src/gui/settings_dialog.cpp" line="+45"/>
        <source>%1 — folder %2</source>
        <translation>%1 — 文件夹 %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 — files %2 and %3</source>
        <translation>%1 — 文件 %2 和 %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 — folder %2, files %3 and %4</source>
        <translation>%1 — 文件夹 %2，文件 %3 和 %4</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>This desktop has no system tray.</source>
        <translation>此桌面没有系统托盘。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>any free port</source>
        <translation>任意空闲端口</translation>
    </message>
    <message>
        <location filename="../src/gui/node_source_fields.cpp" line="+23"/>
        <source>The node&apos;s auth token file</source>
        <translation>节点的认证令牌文件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The node&apos;s certificate pin file</source>
        <translation>节点的证书指纹文件</translation>
    </message>
    <message>
        <location filename="../src/gui/settings_dialog.cpp" line="+57"/>
        <source>This computer only</source>
        <translation>仅本机</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every IPv4 network interface</source>
        <translation>所有 IPv4 网络接口</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This computer only (IPv6)</source>
        <translation>仅本机（IPv6）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every network interface</source>
        <translation>所有网络接口</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>System default</source>
        <translation>系统默认</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Changing the address or a port restarts the service; running jobs are cancelled.</source>
        <translation>更改地址或端口会重启服务；正在运行的任务会被取消。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>API port</source>
        <translation>API 端口</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>metrics port</source>
        <translation>指标端口</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This run was started with the %1 on the command line or in the environment; those win over what is saved here at the next start.</source>
        <translation>本次运行通过命令行或环境变量指定了%1；下次启动时它们优先于此处保存的设置。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The node writes %1 and %2 into its &lt;base-path&gt;/chains/&lt;chain&gt;/ folder when it runs with --miner-listen-port. Only these paths are saved, never the token.</source>
        <translation>节点以 --miner-listen-port 运行时，会把 %1 和 %2 写入其 &lt;base-path&gt;/chains/&lt;chain&gt;/ 文件夹。这里只保存这些路径，从不保存令牌。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This run&apos;s node was given on the command line or in the environment; that wins over what is saved here at the next start.</source>
        <translation>本次运行的节点来自命令行或环境变量；下次启动时它优先于此处保存的设置。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The miner mines for the first node in this order that is reachable and has a job. When that node goes, it switches to the next one within seconds, and it returns to a higher one when that is back.</source>
        <translation>矿工为此顺序中第一个可达且有任务的节点挖矿。该节点断开时，矿工会在几秒内切换到下一个节点，前面的节点恢复后再切回。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The backup nodes of this run came with its node from the command line or the environment; they win over this list at the next start.</source>
        <translation>本次运行的备用节点与其节点一起来自命令行或环境变量；下次启动时它们优先于此列表。</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Add a backup node</source>
        <translation>添加备用节点</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit the backup node</source>
        <translation>编辑备用节点</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Backup node %1 (%2): this node is already in the list; give each node once.</source>
        <translation>备用节点 %1（%2）：此节点已在列表中；每个节点只能填写一次。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Backup node %1 (%2): %3</source>
        <translation>备用节点 %1（%2）：%3</translation>
    </message>
    <message>
        <location filename="../src/gui/node_source_fields.cpp" line="+49"/>
        <source>The node&apos;s directory (chains/&lt;chain&gt;)</source>
        <translation>节点目录 (chains/&lt;chain&gt;)</translation>
    </message>
    <message>
        <location filename="../src/gui/settings_dialog.cpp" line="+24"/>
        <source>Enter the node&apos;s address, e.g. 127.0.0.1:9833 (the port of its --miner-listen-port).</source>
        <translation>请输入节点地址，例如 127.0.0.1:9833（其 --miner-listen-port 的端口）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1” is not a node address: use HOST:PORT, e.g. 127.0.0.1:9833.</source>
        <translation>“%1”不是节点地址：请使用 主机:端口，例如 127.0.0.1:9833。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file “%1” does not exist.</source>
        <translation>文件“%1”不存在。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose the node&apos;s directory: &lt;base-path&gt;/chains/&lt;chain&gt;/, where it writes %1.</source>
        <translation>请选择节点目录：&lt;base-path&gt;/chains/&lt;chain&gt;/，节点在那里写入 %1。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The folder “%1” does not exist.</source>
        <translation>文件夹“%1”不存在。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1” has no %2 file: choose the node&apos;s chains/&lt;chain&gt;/ folder, and start the node with --miner-listen-port so that it writes the file.</source>
        <translation>“%1”中没有 %2 文件：请选择节点的 chains/&lt;chain&gt;/ 文件夹，并以 --miner-listen-port 启动节点以写入该文件。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose both files: the node&apos;s %1 and its %2.</source>
        <translation>请选择两个文件：节点的 %1 和 %2。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>These node settings cannot be used: %1.</source>
        <translation>这些节点设置无法使用：%1。</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>“%1” is not an IP address. Use 127.0.0.1 (this computer), 0.0.0.0 or :: (every interface).</source>
        <translation>“%1”不是 IP 地址。请使用 127.0.0.1（本机）、0.0.0.0 或 ::（所有接口）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The metrics port must differ from the API port.</source>
        <translation>指标端口必须与 API 端口不同。</translation>
    </message>
</context>
<context>
    <name>qm::gui::SystemPanel</name>
    <message>
        <location filename="../src/gui/widgets/system_panel.cpp" line="+91"/>
        <source>Worker %1</source>
        <translation>工作线程 %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none of AVX2, BMI2, AVX-512 (scalar code only)</source>
        <translation>AVX2、BMI2、AVX-512 均不支持（仅标量代码）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1; in use: %2</source>
        <translation>%1；正在使用：%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1; would use %2</source>
        <translation>%1；将使用 %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Looking for CUDA devices…</source>
        <translation>正在查找 CUDA 设备…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>gpu-cuda can use %1 of %2 GPUs (driver CUDA %3.%4; %5)</source>
        <translation>gpu-cuda 可使用 %2 个 GPU 中的 %1 个（驱动 CUDA %3.%4；%5）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>gpu-cuda unavailable: %1</source>
        <translation>gpu-cuda 不可用：%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Worker</source>
        <translation>工作线程</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>10 s</source>
        <translation>10 秒</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>60 s</source>
        <translation>60 秒</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>15 min</source>
        <translation>15 分钟</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>GPU</source>
        <translation>GPU</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Memory</source>
        <translation>显存</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Compute</source>
        <translation>计算能力</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Temperature</source>
        <translation>温度</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Power</source>
        <translation>功耗</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Load</source>
        <translation>负载</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not usable: %1</source>
        <translation>不可用：%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1, %2 SMs</source>
        <translation>%1，%2 个 SM</translation>
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
        <translation>%1%</translation>
    </message>
</context>
</TS>
