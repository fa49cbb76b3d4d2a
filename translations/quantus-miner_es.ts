<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../ui/about_dialog.ui" line="+14"/>
        <source>About Quantus Miner</source>
        <translation>Acerca de Quantus Miner</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Quantus Miner</source>
        <translation>Quantus Miner</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Searches nonces for the Quantus Network&apos;s Poseidon2 proof of work, on CPUs and NVIDIA GPUs, for a Quantus node that sends jobs over HTTP.</source>
        <translation>Busca nonces para la prueba de trabajo Poseidon2 de Quantus Network, en CPU y GPU NVIDIA, para un nodo Quantus que envía trabajos por HTTP.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Build</source>
        <translation>Compilación</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>CUDA engine</source>
        <translation>Motor CUDA</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>CPU code paths</source>
        <translation>Rutas de código de CPU</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Qt</source>
        <translation>Qt</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Licence: MIT</source>
        <translation>Licencia: MIT</translation>
    </message>
</context>
<context>
    <name>BackupNodeDialog</name>
    <message>
        <location filename="../ui/backup_node_dialog.ui" line="+14"/>
        <source>Backup node</source>
        <translation>Nodo de respaldo</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Backup node a&amp;ddress</source>
        <translation>&amp;Dirección del nodo de respaldo</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>HOST:PORT of the node&apos;s miner port (its --miner-listen-port), e.g. 127.0.0.1:9833.</source>
        <translation>HOST:PUERTO del puerto de mineros del nodo (su --miner-listen-port), p. ej. 127.0.0.1:9833.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Node &amp;directory</source>
        <translation>&amp;Carpeta del nodo</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The node&apos;s &lt;base-path&gt;/chains/&lt;chain&gt;/ folder: both files are read from there.</source>
        <translation>La carpeta &lt;base-path&gt;/chains/&lt;chain&gt;/ del nodo: los dos archivos se leen de ahí.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Choose the node&apos;s directory</source>
        <translation>Elegir la carpeta del nodo</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The two &amp;files</source>
        <translation>Los dos &amp;archivos</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Auth &amp;token file</source>
        <translation>Archivo del &amp;token</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The node&apos;s miner-auth-token file.</source>
        <translation>El archivo miner-auth-token del nodo.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Choose the token file</source>
        <translation>Elegir el archivo del token</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Certificate &amp;pin file</source>
        <translation>Archivo del &amp;pin del certificado</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The node&apos;s miner-tls-cert-sha256 file.</source>
        <translation>El archivo miner-tls-cert-sha256 del nodo.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Choose the certificate pin file</source>
        <translation>Elegir el archivo del pin del certificado</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../src/app/app_options.cpp" line="+68"/>
        <source>%1 (see quantus-miner --help)</source>
        <translation>%1 (consulte quantus-miner --help)</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>invalid --gpu-devices &apos;%1&apos;: expected a number of GPUs from 1 to 64, or all</source>
        <translation>--gpu-devices &apos;%1&apos; no válido: se espera un número de GPU de 1 a 64, o all</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--lang needs a language code such as de or zh_CN</source>
        <translation>--lang necesita un código de idioma como de o zh_CN</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--screenshot needs a PNG file name</source>
        <translation>--screenshot necesita un nombre de archivo PNG</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 needs a value in seconds</source>
        <translation>%1 necesita un valor en segundos</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>invalid %1 &apos;%2&apos;: expected seconds, more than 0 and at most 3600</source>
        <translation>%1 &apos;%2&apos; no válido: se esperan segundos, más de 0 y como máximo 3600</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>invalid --pow &apos;%1&apos;: expected v1 or v2</source>
        <translation>--pow &apos;%1&apos; no válido: se espera v1 o v2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--duration needs a value in seconds</source>
        <translation>--duration necesita un valor en segundos</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>invalid --duration &apos;%1&apos;: expected seconds, more than 0 and at most 86400</source>
        <translation>--duration &apos;%1&apos; no válido: se esperan segundos, más de 0 y como máximo 86400</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>hash takes no option &apos;%1&apos;</source>
        <translation>hash no admite la opción &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>benchmark takes no option &apos;%1&apos;</source>
        <translation>benchmark no admite la opción &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>health takes no option &apos;%1&apos;</source>
        <translation>health no admite la opción «%1»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown option &apos;%1&apos;</source>
        <translation>opción desconocida &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="-30"/>
        <location line="+34"/>
        <source>%1 needs a value</source>
        <translation>%1 necesita un valor</translation>
    </message>
    <message>
        <location line="-147"/>
        <source>node needs a subcommand: install</source>
        <translation>node necesita un subcomando: install</translation>
    </message>
    <message>
        <location line="+117"/>
        <source>node install takes no option &apos;%1&apos;</source>
        <translation>node install no admite la opción «%1»</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--node needs ADDR,dir=DIR or ADDR,token-file=F,cert-sha256-file=F</source>
        <translation>--node necesita ADDR,dir=DIR o ADDR,token-file=F,cert-sha256-file=F</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>hash needs MINING_HASH NONCE [DIFFICULTY], got %1 argument(s)</source>
        <translation>hash necesita MINING_HASH NONCE [DIFFICULTY], recibió %1 argumento(s)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>argumento inesperado &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Usage:</source>
        <translation>Uso:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mine jobs sent by a Quantus node over HTTP</source>
        <translation>mina los trabajos que envía un nodo Quantus por HTTP</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Service options (command line over environment over default):</source>
        <translation>Opciones del servicio (línea de órdenes sobre entorno sobre valor por defecto):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>run without the dashboard (also automatic without a display)</source>
        <translation>ejecutar sin el panel (automático si no hay pantalla)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HTTP API port (default 9833; 0: any free port)</source>
        <translation>puerto de la API HTTP (por defecto 9833; 0: cualquier
puerto libre)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>address to listen on (default 127.0.0.1;
0.0.0.0 in containers). The API has NO
authentication: anyone who can reach it can
submit and cancel jobs. Expose it only to the node.</source>
        <translation>dirección de escucha (por defecto 127.0.0.1;
0.0.0.0 en contenedores). La API NO tiene
autenticación: quien pueda alcanzarla puede enviar
y cancelar trabajos. Expóngala solo al nodo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>hashing threads (default: half of the CPUs this
process may use, cgroup cpuset honoured, at least 1;
more than available is clamped)</source>
        <translation>hilos de hash (por defecto: la mitad de las CPU que
este proceso puede usar, respetando el cpuset del
cgroup, al menos 1; si se piden más, se limita)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cpu-fast (default), cpu-baseline, gpu-cuda</source>
        <translation>cpu-fast (por defecto), cpu-baseline, gpu-cuda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prometheus GET /metrics on this port (default off)</source>
        <translation>Prometheus GET /metrics en este puerto (por defecto
desactivado)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>target length of one chunk of work (default 1000)</source>
        <translation>duración objetivo de un bloque de trabajo (por
defecto 1000)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>open connections per HTTP port (default 256)</source>
        <translation>conexiones abiertas por puerto HTTP (256 por defecto)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>error, warn, info (default), debug, trace</source>
        <translation>error, warn, info (por defecto), debug, trace</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>also append the log to PATH</source>
        <translation>añadir también el registro a PATH</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>mine for a Quantus node over QUIC (QPoW v2),
e.g. 127.0.0.1:9833 (the node&apos;s --miner-listen-port)</source>
        <translation>minar para un nodo Quantus por QUIC (QPoW v2), p. ej.
127.0.0.1:9833 (el --miner-listen-port del nodo)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the node&apos;s miner-auth-token (or --auth-token T,
MINER_AUTH_TOKEN; a token on the command line
is visible to other users of this machine)</source>
        <translation>el miner-auth-token del nodo (o --auth-token T,
MINER_AUTH_TOKEN; un token en la línea de órdenes es
visible para otros usuarios de esta máquina)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>both files from the node&apos;s directory
&lt;base-path&gt;/chains/&lt;chain&gt;/</source>
        <translation>ambos archivos del &lt;base-path&gt;/chains/&lt;chain&gt;/ del
nodo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>one more node, after --node-addr&apos;s and the --node
before it (repeat for each; the first reachable
one is mined for, the miner fails over and returns
to a higher one when it is back). Or
ADDR,token-file=F,cert-sha256-file=F. MINER_NODES:
the entries separated by &apos;;&apos;</source>
        <translation>un nodo más, tras el de --node-addr y los --node
anteriores (repítalo para cada uno; se mina para el
primero accesible, el minero pasa al siguiente si
falla y vuelve a uno anterior cuando se recupera). O
ADDR,token-file=F,cert-sha256-file=F. MINER_NODES:
las entradas separadas por &apos;;&apos;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>run this quantus-node, keep it running and mine
for it (instead of --node-addr); it stops with
the miner</source>
        <translation>ejecutar este quantus-node, mantenerlo en marcha y
minar para él (en lugar de --node-addr); se detiene
con el minero</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the node&apos;s database and keys (its --base-path;
the node key is made there when missing)</source>
        <translation>base de datos y claves del nodo (su --base-path;
la clave del nodo se crea allí si falta)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>where the rewards go: the Inner Hash that
quantus-node key quantus --scheme wormhole prints</source>
        <translation>adónde van las recompensas: el Inner Hash que
imprime quantus-node key quantus --scheme wormhole</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the node&apos;s name on the network (default:
quantus-miner-&lt;8 hex digits&gt;, the same each start)</source>
        <translation>nombre del nodo en la red (por defecto:
quantus-miner-&lt;8 dígitos hex&gt;, siempre el mismo)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the node&apos;s --miner-listen-port (default 9833)</source>
        <translation>el --miner-listen-port del nodo (por defecto 9833)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the node&apos;s --rpc-port on 127.0.0.1 (default 9944)</source>
        <translation>el --rpc-port del nodo en 127.0.0.1 (por defecto 9944)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the node&apos;s --prometheus-port (default 9615)</source>
        <translation>el --prometheus-port del nodo (por defecto 9615)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the same as --workers; 0: no CPU mining,
gpu-cuda mines</source>
        <translation>igual que --workers; 0: sin minería en CPU, mina
gpu-cuda</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>the node&apos;s miner-tls-cert-sha256 (or
--tls-cert-sha256 HEX, MINER_TLS_CERT_SHA256)</source>
        <translation>el miner-tls-cert-sha256 del nodo (o --tls-cert-sha256
HEX, MINER_TLS_CERT_SHA256)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>the node&apos;s chain: mainnet, planck (testnet), dev,
or a chain spec file</source>
        <translation>cadena del nodo: mainnet, planck (red de pruebas),
dev o un archivo de especificación de cadena</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>gpu-cuda: use the first N visible GPUs (default all;
CUDA_VISIBLE_DEVICES picks which are visible)</source>
        <translation>gpu-cuda: usar las N primeras GPU visibles (por
defecto all; CUDA_VISIBLE_DEVICES elige las visibles)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>interface language (de, es, fr, ru, zh_CN, en;
default: the dashboard&apos;s setting, else the system&apos;s)</source>
        <translation>idioma de la interfaz (de, es, fr, ru, zh_CN, en;
por defecto: el del panel, si no, el del sistema)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dashboard checks (need a display):</source>
        <translation>Comprobaciones del panel (necesitan pantalla):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>save the window as PNG after --screenshot-delay SECONDS (default 8), quit</source>
        <translation>guardar la ventana como PNG tras --screenshot-delay
SECONDS (por defecto 8) y salir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>print the longest GUI event-loop stall over that time, quit</source>
        <translation>mostrar el bloqueo más largo del bucle de eventos de
la GUI en ese tiempo y salir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>hash: prints the 128-hex-digit PoW hash of MINING_HASH (64 hex digits) and NONCE
(1 to 128 hex digits, the number they spell, zero-padded on the left), and with
DIFFICULTY (decimal, at least 1) &apos;valid&apos; or &apos;invalid&apos; on a second line.</source>
        <translation>hash: imprime el hash PoW de 128 dígitos hex de MINING_HASH (64 dígitos hex) y
NONCE (de 1 a 128 dígitos hex, el número que forman, con ceros a la izquierda)
y, con DIFFICULTY (decimal, al menos 1), &apos;valid&apos; o &apos;invalid&apos; en otra línea.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>benchmark: mines a job no hash can solve through the same workers as real jobs
and reports hashes per second, in total and per worker.
--duration SECONDS (default 10), --json (one JSON object), --engine, --workers,
--gpu-devices.</source>
        <translation>benchmark: mina un trabajo que ningún hash resuelve con los mismos hilos que
los trabajos reales e informa de los hashes por segundo, en total y por hilo.
--duration SECONDS (por defecto 10), --json (un objeto JSON), --engine,
--workers, --gpu-devices.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--pow v1|v2 (hash, benchmark): the proof of work, QPoW v1 of HTTP nodes (default)
or QPoW v2 of today&apos;s network.</source>
        <translation>--pow v1|v2 (hash, benchmark): la prueba de trabajo, QPoW v1 de los nodos HTTP (por defecto)
o QPoW v2 de la red actual.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>health: asks the miner running on --bind and --port (or MINER_BIND, MINER_PORT)
whether its API answers; exit 0 when it does (a container&apos;s HEALTHCHECK).</source>
        <translation>health: pregunta al minero que escucha en --bind y --port (o MINER_BIND, MINER_PORT)
si su API responde; sale con 0 si lo hace (el HEALTHCHECK de un contenedor).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>node install: downloads the quantus-node the network&apos;s compatibility manifest
names for this computer (--manifest URL or FILE, default
https://docs.quantus.com/mining-compatibility.json), checks its SHA-256, unpacks
it into --dir DIR (default ~/.local/share/quantus-miner/node/bin) and prints its
path and version. --dry-run prints the network, node version, URL and SHA-256
and downloads nothing. Exit 1: the download failed; 2: a bad manifest or option.</source>
        <translation>node install: descarga el quantus-node que el manifiesto de compatibilidad de la
red indica para este equipo (--manifest URL o FILE, por defecto
https://docs.quantus.com/mining-compatibility.json), comprueba su SHA-256, lo
descomprime en --dir DIR (por defecto ~/.local/share/quantus-miner/node/bin) y
muestra su ruta y su versión. --dry-run muestra la red, la versión del nodo, la URL
y el SHA-256 y no descarga nada. Sale con 1: la descarga falló; 2: un manifiesto
o una opción no válidos.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Exit codes: 0 success, 1 runtime failure (e.g. port in use), 2 invalid arguments.</source>
        <translation>Códigos de salida: 0 éxito, 1 fallo en ejecución (p. ej. puerto ocupado),
2 argumentos no válidos.</translation>
    </message>
</context>
<context>
    <name>LogConsole</name>
    <message>
        <location filename="../ui/log_console.ui" line="+37"/>
        <source>S&amp;how</source>
        <translation>M&amp;ostrar</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Search the log…</source>
        <translation>Buscar en el registro…</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Copy the selected lines (all shown lines when none is selected)</source>
        <translation>Copiar las líneas seleccionadas (todas las mostradas si no hay ninguna seleccionada)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Save the shown lines to a file</source>
        <translation>Guardar las líneas mostradas en un archivo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sa&amp;ve…</source>
        <translation>Guar&amp;dar…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Clear the console (the log file and stderr keep their lines)</source>
        <translation>Vaciar la consola (el archivo de registro y stderr conservan sus líneas)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>C&amp;lear</source>
        <translation>&amp;Limpiar</translation>
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
        <translation>Inicia o detiene el servicio de minería. Detenerlo cierra el puerto y cancela los trabajos en curso.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stop mining</source>
        <translation>Detener minería</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Engine</source>
        <translation>Mo&amp;tor</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The hashing engine. A change applies to the next chunk of every job, without restarting them.</source>
        <translation>El motor de hash. Un cambio se aplica al siguiente bloque de cada trabajo, sin reiniciarlo.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>&amp;Workers</source>
        <translation>&amp;Hilos</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Worker threads hashing on the CPU. A change applies to the next chunk, without restarting jobs.</source>
        <translation>Hilos de trabajo que calculan hashes en la CPU. Un cambio se aplica al siguiente bloque, sin reiniciar los trabajos.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>About Quantus Miner</source>
        <translation>Acerca de Quantus Miner</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>&amp;Retry</source>
        <translation>&amp;Reintentar</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Change &amp;port…</source>
        <translation>Cambiar &amp;puerto…</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Hash rate</source>
        <translation>Tasa de hash</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>How much history the chart shows</source>
        <translation>Cuánto historial muestra el gráfico</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+217"/>
        <source>&amp;Jobs</source>
        <translation>Tra&amp;bajos</translation>
    </message>
    <message>
        <location line="-119"/>
        <location line="+127"/>
        <source>&amp;Log</source>
        <translation>Re&amp;gistro</translation>
    </message>
    <message>
        <location line="-122"/>
        <location line="+130"/>
        <source>S&amp;ystem</source>
        <translation>S&amp;istema</translation>
    </message>
    <message>
        <location line="-125"/>
        <location line="+74"/>
        <source>&amp;Node</source>
        <translation>&amp;Nodo</translation>
    </message>
    <message>
        <location line="-69"/>
        <location line="+77"/>
        <source>&amp;Rewards</source>
        <translation>&amp;Recompensas</translation>
    </message>
    <message>
        <location line="-66"/>
        <source>&amp;Mining</source>
        <translation>&amp;Minería</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Stop mining</source>
        <translation>&amp;Detener minería</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>S&amp;ettings…</source>
        <translation>&amp;Configuración…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Set up a local &amp;node…</source>
        <translation>Configurar un &amp;nodo local…</translation>
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
        <translation>&amp;Ocultar en la bandeja</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ctrl+W</source>
        <translation>Ctrl+W</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
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
        <translation>&amp;Acerca de Quantus Miner</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>About &amp;Qt</source>
        <translation>Acerca de &amp;Qt</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../ui/settings_dialog.ui" line="+14"/>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Mining service</source>
        <translation>Servicio de minería</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Listen &amp;address</source>
        <translation>&amp;Dirección de escucha</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>127.0.0.1 accepts jobs from this computer only; 0.0.0.0 or :: from the whole network.</source>
        <translation>127.0.0.1 acepta trabajos solo de este equipo; 0.0.0.0 o :: de toda la red.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>API &amp;port</source>
        <translation>&amp;Puerto de la API</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The port the node sends jobs to (default 9833).</source>
        <translation>El puerto al que el nodo envía trabajos (por defecto 9833).</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Metrics port</source>
        <translation>Puerto de &amp;métricas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Serve Prometheus metrics on this port, on the same address.</source>
        <translation>Ofrecer métricas de Prometheus en este puerto, en la misma dirección.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Mine for a Quantus &amp;node (QUIC)</source>
        <translation>Minar para un &amp;nodo Quantus (QUIC)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Take jobs from a Quantus node v0.10 or newer (mainnet), which checks QPoW v2. The HTTP API above stays open for older nodes.</source>
        <translation>Recibir trabajos de un nodo Quantus v0.10 o posterior (mainnet), que comprueba QPoW v2. La API HTTP de arriba sigue abierta para nodos antiguos.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Node a&amp;ddress</source>
        <translation>&amp;Dirección del nodo</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>HOST:PORT of the node&apos;s miner port (its --miner-listen-port), e.g. 127.0.0.1:9833.</source>
        <translation>HOST:PUERTO del puerto de mineros del nodo (su --miner-listen-port), p. ej. 127.0.0.1:9833.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Node &amp;directory</source>
        <translation>&amp;Carpeta del nodo</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The node&apos;s &lt;base-path&gt;/chains/&lt;chain&gt;/ folder: both files are read from there.</source>
        <translation>La carpeta &lt;base-path&gt;/chains/&lt;chain&gt;/ del nodo: los dos archivos se leen de ahí.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Choose the node&apos;s directory</source>
        <translation>Elegir la carpeta del nodo</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The two &amp;files</source>
        <translation>Los dos &amp;archivos</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Auth &amp;token file</source>
        <translation>Archivo del &amp;token</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The node&apos;s miner-auth-token file.</source>
        <translation>El archivo miner-auth-token del nodo.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Choose the token file</source>
        <translation>Elegir el archivo del token</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Certificate &amp;pin file</source>
        <translation>Archivo del &amp;pin del certificado</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The node&apos;s miner-tls-cert-sha256 file.</source>
        <translation>El archivo miner-tls-cert-sha256 del nodo.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Choose the certificate pin file</source>
        <translation>Elegir el archivo del pin del certificado</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Backup nodes, tried in this order after the node above</source>
        <translation>Nodos de &amp;respaldo, probados en este orden después del nodo de arriba</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Other nodes to mine for when the node above cannot be reached or has no job. Double-click an entry to edit it.</source>
        <translation>Otros nodos para los que minar cuando el nodo de arriba no es accesible o no tiene trabajo. Haga doble clic en una entrada para modificarla.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Add…</source>
        <translation>Añadir…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add a backup node at the end of the list</source>
        <translation>Añadir un nodo de respaldo al final de la lista</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Edit…</source>
        <translation>M&amp;odificar…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change the chosen backup node</source>
        <translation>Modificar el nodo de respaldo elegido</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Rem&amp;ove</source>
        <translation>E&amp;liminar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove the chosen backup node</source>
        <translation>Eliminar el nodo de respaldo elegido</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Move up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Try the chosen backup node earlier</source>
        <translation>Probar antes el nodo de respaldo elegido</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Move down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Try the chosen backup node later</source>
        <translation>Probar después el nodo de respaldo elegido</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>A node on this &amp;computer</source>
        <translation>Un nodo en este &amp;equipo</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The miner can run and watch a Quantus node for you: program, identity, rewards and network.</source>
        <translation>El minero puede ejecutar y vigilar un nodo Quantus por usted: programa, identidad, recompensas y red.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Set &amp;up…</source>
        <translation>Config&amp;urar…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Interface</source>
        <translation>Interfaz</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Appea&amp;rance</source>
        <translation>&amp;Apariencia</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Start minimi&amp;sed</source>
        <translation>Iniciar mi&amp;nimizado</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Close to the system &amp;tray (keep mining in the background)</source>
        <translation>&amp;Cerrar a la bandeja del sistema (seguir minando en segundo plano)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Start &amp;when I log in</source>
        <translation>Iniciar al iniciar &amp;sesión</translation>
    </message>
</context>
<context>
    <name>SystemPanel</name>
    <message>
        <location filename="../ui/system_panel.ui" line="+54"/>
        <source>Processor</source>
        <translation>Procesador</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Logical CPUs</source>
        <translation>CPU lógicas</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Usable by the miner</source>
        <translation>Utilizables por el minero</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Instruction sets</source>
        <translation>Conjuntos de instrucciones</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>cpu-fast paths</source>
        <translation>Rutas de cpu-fast</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Graphics cards</source>
        <translation>Tarjetas gráficas</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Worker threads</source>
        <translation>Hilos de trabajo</translation>
    </message>
</context>
<context>
    <name>qm::gui::AboutDialog</name>
    <message>
        <location filename="../src/gui/about_dialog.cpp" line="+45"/>
        <source>Version %1</source>
        <translation>Versión %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>yes: %1</source>
        <translation>sí: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no (built without CUDA)</source>
        <translation>no (compilado sin CUDA)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>built: %1; this CPU: %2</source>
        <translation>compilado: %1; esta CPU: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (built with %2)</source>
        <translation>%1 (compilado con %2)</translation>
    </message>
</context>
<context>
    <name>qm::gui::Autostart</name>
    <message>
        <location filename="../src/gui/autostart.cpp" line="+68"/>
        <source>cannot remove %1</source>
        <translation>no se puede eliminar %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cannot create %1</source>
        <translation>no se puede crear %1</translation>
    </message>
</context>
<context>
    <name>qm::gui::BackupNodeDialog</name>
    <message>
        <location filename="../src/gui/backup_node_dialog.cpp" line="+49"/>
        <source>%1 is already in the node list: give each node once.</source>
        <translation>%1 ya está en la lista de nodos: indique cada nodo una sola vez.</translation>
    </message>
</context>
<context>
    <name>qm::gui::CheckPage</name>
    <message>
        <location filename="../src/gui/wizard/rewards_page.cpp" line="+258"/>
        <source>Check your words</source>
        <translation>Compruebe sus palabras</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type two of the words from your sheet, so a mistake in writing them down shows now and not when you need them.</source>
        <translation>Escriba dos de las palabras de su hoja, para que un error al anotarlas se vea ahora y no cuando las necesite.</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+1"/>
        <source>Word %1:</source>
        <translation>Palabra %1:</translation>
    </message>
</context>
<context>
    <name>qm::gui::Dashboard</name>
    <message>
        <location filename="../src/gui/dashboard.cpp" line="+52"/>
        <source>Quantus Miner keeps mining</source>
        <translation>Quantus Miner sigue minando</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The window is hidden; mining goes on. Use the tray icon to show it again or to quit.</source>
        <translation>La ventana está oculta; la minería continúa. Use el icono de la bandeja para mostrarla de nuevo o para salir.</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>&amp;Hide window</source>
        <translation>&amp;Ocultar ventana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Show window</source>
        <translation>&amp;Mostrar ventana</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>S&amp;top mining</source>
        <translation>&amp;Detener minería</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>S&amp;tart mining</source>
        <translation>&amp;Iniciar minería</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Solution found</source>
        <translation>Solución encontrada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Job %1 found a nonce after %2 hashes in %3.</source>
        <translation>El trabajo %1 encontró un nonce tras %2 hashes en %3.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>cannot create the folder %1</source>
        <translation>no se puede crear la carpeta %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cannot write %1</source>
        <translation>no se puede escribir %1</translation>
    </message>
</context>
<context>
    <name>qm::gui::Format</name>
    <message>
        <location filename="../src/gui/format.cpp" line="+28"/>
        <source>n/a</source>
        <translation>n/d</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%1 d %2:%3:%4</source>
        <translation>%1 d %2:%3:%4</translation>
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
        <translation>Tiempo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hash rate (%1)</source>
        <translation>Tasa de hash (%1)</translation>
    </message>
</context>
<context>
    <name>qm::gui::IdentityPage</name>
    <message>
        <location filename="../src/gui/wizard/identity_page.cpp" line="+20"/>
        <source>Node data and identity</source>
        <translation>Datos e identidad del nodo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The node stores the chain in its data folder and needs an identity of its own on the network. Nothing here is secret, but keep the identity to keep your node&apos;s name among its peers.</source>
        <translation>El nodo guarda la cadena en su carpeta de datos y necesita una identidad propia en la red. Nada de esto es secreto, pero conserve la identidad para que su nodo mantenga su nombre entre sus pares.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Create the identity now</source>
        <translation>&amp;Crear la identidad ahora</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Data folder:</source>
        <translation>Carpeta de datos:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Choose the node&apos;s data folder</source>
        <translation>Elegir la carpeta de datos del nodo</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Choose a folder with room for the chain.</source>
        <translation>Elija una carpeta con espacio para la cadena.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The node identity is ready: %1</source>
        <translation>La identidad del nodo está lista: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The node identity is ready: %1
Peer id: %2</source>
        <translation>La identidad del nodo está lista: %1
ID de par: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There is no node identity yet; it will be created at %1 by the node program.</source>
        <translation>Aún no hay identidad del nodo; el programa del nodo la creará en %1.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot create the folder %1.</source>
        <translation>No se puede crear la carpeta %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The node program could not create the identity: %1</source>
        <translation>El programa del nodo no pudo crear la identidad: %1</translation>
    </message>
</context>
<context>
    <name>qm::gui::JobTableModel</name>
    <message>
        <location filename="../src/gui/models/job_table_model.cpp" line="+210"/>
        <source>Running</source>
        <translation>En curso</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Completed</source>
        <translation>Completado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed</source>
        <translation>Fallido</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Job %1</source>
        <translation>Trabajo %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mining hash: %1</source>
        <translation>Hash de minería: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Difficulty: %1</source>
        <translation>Dificultad: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nonces: 0x%1 … 0x%2</source>
        <translation>Nonces: 0x%1 … 0x%2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Found nonce: 0x%1</source>
        <translation>Nonce encontrado: 0x%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hash: 0x%1</source>
        <translation>Hash: 0x%1</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>10-second rate while running; the average once ended</source>
        <translation>Tasa de 10 segundos mientras se ejecuta; la media al terminar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nonces checked so far</source>
        <translation>Nonces comprobados hasta ahora</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Job</source>
        <translation>Trabajo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Started</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Difficulty</source>
        <translation>Dificultad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nonces checked</source>
        <translation>Comprobados</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rate</source>
        <translation>Tasa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Elapsed</source>
        <translation>Duración</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Found nonce</source>
        <translation>Nonce encontrado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Engine</source>
        <translation>Motor</translation>
    </message>
</context>
<context>
    <name>qm::gui::LocalNodeModel</name>
    <message>
        <location filename="../src/gui/models/local_node_model.cpp" line="+109"/>
        <source>The node is not set up yet.</source>
        <translation>El nodo aún no está configurado.</translation>
    </message>
    <message numerus="yes">
        <location line="+102"/>
        <source>%n days</source>
        <translation>
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 hour</source>
        <translation>1 hora</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n hours</source>
        <translation>
            <numerusform>%n hora</numerusform>
            <numerusform>%n horas</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 minute</source>
        <translation>1 minuto</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n minutes</source>
        <translation>
            <numerusform>%n minuto</numerusform>
            <numerusform>%n minutos</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 second</source>
        <translation>1 segundo</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n seconds</source>
        <translation>
            <numerusform>%n segundo</numerusform>
            <numerusform>%n segundos</numerusform>
        </translation>
    </message>
    <message>
        <location line="+36"/>
        <source>No local node set up</source>
        <translation>No hay ningún nodo local configurado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Node is stopped</source>
        <translation>El nodo está detenido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Node is starting</source>
        <translation>El nodo se está iniciando</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Node stopped unexpectedly; restarting in %n s</source>
        <translation>
            <numerusform>El nodo se detuvo inesperadamente; se reinicia en %n s</numerusform>
            <numerusform>El nodo se detuvo inesperadamente; se reinicia en %n s</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Node cannot start: %1</source>
        <translation>El nodo no puede iniciarse: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting for peers</source>
        <translation>Esperando pares</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Node is syncing (%1 %) — mining starts when it is done</source>
        <translation>El nodo se está sincronizando (%1 %) — la minería empieza cuando termine</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Waiting for a fresh tip: the best block is %1 old; the node mines once it has synced a block from the last %2</source>
        <translation>Esperando una punta de cadena reciente: el mejor bloque tiene %1 de antigüedad; el nodo mina en cuanto haya sincronizado un bloque con una antigüedad de %2 como máximo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Mining</source>
        <translation>Minando</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Node is in sync; mining is stopped</source>
        <translation>El nodo está sincronizado; la minería está detenida</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The miner cannot use the node: %1</source>
        <translation>El minero no puede usar el nodo: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Node is in sync; connecting the miner</source>
        <translation>El nodo está sincronizado; conectando el minero</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Node is stopping</source>
        <translation>El nodo se está deteniendo</translation>
    </message>
</context>
<context>
    <name>qm::gui::LogConsole</name>
    <message>
        <location filename="../src/gui/widgets/log_console.cpp" line="+94"/>
        <source>Errors</source>
        <translation>Errores</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warnings and errors</source>
        <translation>Avisos y errores</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Information</source>
        <translation>Información</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Debug</source>
        <translation>Depuración</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everything</source>
        <translation>Todo</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Lines: %1</source>
        <translation>Líneas: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Shown: %1 of %2</source>
        <translation>Mostradas: %1 de %2</translation>
    </message>
    <message>
        <location line="+50"/>
        <location line="+5"/>
        <source>Save log</source>
        <translation>Guardar registro</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Log files (*.log *.txt);;All files (*)</source>
        <translation>Archivos de registro (*.log *.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Could not save the log to %1: %2</source>
        <translation>No se pudo guardar el registro en %1: %2</translation>
    </message>
</context>
<context>
    <name>qm::gui::LogModel</name>
    <message>
        <location filename="../src/gui/models/log_model.cpp" line="+112"/>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warning</source>
        <translation>Aviso</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Debug</source>
        <translation>Depuración</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Trace</source>
        <translation>Traza</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Level</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
</context>
<context>
    <name>qm::gui::MainWindow</name>
    <message>
        <location filename="../src/gui/widgets/control_bar.cpp" line="+33"/>
        <source>Checking for CUDA devices…</source>
        <translation>Buscando dispositivos CUDA…</translation>
    </message>
    <message>
        <location filename="../src/gui/main_window.cpp" line="+234"/>
        <source>Hash rate</source>
        <translation>Tasa de hash</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>10 s average</source>
        <translation>Media de 10 s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>60 s average</source>
        <translation>Media de 60 s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>15 min average</source>
        <translation>Media de 15 min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jobs</source>
        <translation>Trabajos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Solutions found</source>
        <translation>Soluciones encontradas</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Last minute</source>
        <translation>Último minuto</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Last 5 minutes</source>
        <translation>Últimos 5 minutos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Last 15 minutes</source>
        <translation>Últimos 15 minutos</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/control_bar.cpp" line="+58"/>
        <source>of %1 CPUs</source>
        <translation>de %1 CPU</translation>
    </message>
    <message>
        <location filename="../src/gui/main_window_tabs.cpp" line="+75"/>
        <source>No jobs yet.
A Quantus node sends jobs to this miner over HTTP; point its external miner setting at the address in the status bar below.</source>
        <translation>Aún no hay trabajos.
Un nodo Quantus envía trabajos a este minero por HTTP; apunte su ajuste de minero externo a la dirección de la barra de estado.</translation>
    </message>
    <message>
        <location filename="../src/gui/main_window.cpp" line="+14"/>
        <source>waiting for the first samples</source>
        <translation>esperando las primeras muestras</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+385"/>
        <source>&amp;Hide to tray</source>
        <translation>&amp;Ocultar en la bandeja</translation>
    </message>
    <message>
        <location line="-385"/>
        <location line="+385"/>
        <source>&amp;Minimise</source>
        <translation>Mi&amp;nimizar</translation>
    </message>
    <message>
        <location line="-556"/>
        <location line="+223"/>
        <source>the service did not start (see the log)</source>
        <translation>el servicio no se inició (vea el registro)</translation>
    </message>
    <message>
        <location filename="../src/gui/main_window_tabs.cpp" line="-5"/>
        <source>No jobs yet.
The node at %1 sends a job once it has peers and is in sync; its state is in the status bar below.</source>
        <translation>Aún no hay trabajos.
El nodo en %1 envía un trabajo cuando tiene pares y está sincronizado; su estado aparece en la barra de estado de abajo.</translation>
    </message>
    <message>
        <location filename="../src/gui/main_window.cpp" line="+59"/>
        <source>Listening on %1:%2</source>
        <translation>Escuchando en %1:%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>metrics on port %1</source>
        <translation>métricas en el puerto %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Error: %1</source>
        <translation>Error: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+243"/>
        <source>Stopped</source>
        <translation>Detenido</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/control_bar.cpp" line="-9"/>
        <source>Stop mining</source>
        <translation>Detener minería</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Start mining</source>
        <translation>Iniciar minería</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Stop mining</source>
        <translation>&amp;Detener minería</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Start mining</source>
        <translation>&amp;Iniciar minería</translation>
    </message>
    <message>
        <location filename="../src/gui/main_window.cpp" line="-231"/>
        <source>&lt;b&gt;Not mining for the node at %1.&lt;/b&gt; %2</source>
        <translation>&lt;b&gt;No se mina para el nodo en %1.&lt;/b&gt; %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&lt;b&gt;Not mining for any of the %1 nodes.&lt;/b&gt; %2</source>
        <translation>&lt;b&gt;No se mina para ninguno de los %1 nodos.&lt;/b&gt; %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&lt;b&gt;Not mining on %1:%2.&lt;/b&gt; %3</source>
        <translation>&lt;b&gt;Sin minar en %1:%2.&lt;/b&gt; %3</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/status_strip.cpp" line="+137"/>
        <source>connecting</source>
        <translation>conectando</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>authenticating</source>
        <translation>autenticando</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>connected, waiting for a job</source>
        <translation>conectado, esperando un trabajo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>mining job %1</source>
        <translation>minando el trabajo %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>retrying in %1 s</source>
        <translation>reintento en %1 s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>stopped: %1</source>
        <translation>detenido: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>stopped</source>
        <translation>detenido</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Node %1: %2</source>
        <translation>Nodo %1: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Node %1 (%2 of %3): %4</source>
        <translation>Nodo %1 (%2 de %3): %4</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 jobs, %2 blocks submitted, last job %3 ago</source>
        <translation>%1 trabajos, %2 bloques enviados, último trabajo hace %3</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1. %2: %3</source>
        <translation>%1. %2: %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>mining for this node</source>
        <translation>se mina para este nodo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>1 switch between nodes since the start</source>
        <translation>1 cambio entre nodos desde el inicio</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n switches between nodes since the start</source>
        <translation>
            <numerusform>%n cambio entre nodos desde el inicio</numerusform>
            <numerusform>%n cambios entre nodos desde el inicio</numerusform>
        </translation>
    </message>
    <message>
        <location line="-70"/>
        <source>Uptime %1</source>
        <translation>Activo %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Uptime —</source>
        <translation>Activo —</translation>
    </message>
    <message>
        <location filename="../src/gui/main_window.cpp" line="+92"/>
        <source>Engine</source>
        <translation>Motor</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cannot switch to %1: %2</source>
        <translation>No se puede cambiar a %1: %2</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/status_strip.cpp" line="-13"/>
        <source>Engine %1 (%2)</source>
        <translation>Motor %1 (%2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Workers %1</source>
        <translation>Hilos %1</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/control_bar.cpp" line="-12"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 unavailable: %2</source>
        <translation>%1 no disponible: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (unavailable)</source>
        <translation>%1 (no disponible)</translation>
    </message>
    <message>
        <location filename="../src/gui/main_window.cpp" line="+56"/>
        <source>peak %1 (10 s)</source>
        <translation>máx. %1 (10 s)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+12"/>
        <source>total %1 hashes</source>
        <translation>%1 hashes en total</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>%1 per worker</source>
        <translation>%1 por hilo</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 running</source>
        <translation>%1 en curso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 accepted · %2 completed</source>
        <translation>%1 aceptados · %2 completados</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Accepted %1</source>
        <translation>Aceptados %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Running %1</source>
        <translation>En curso %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Completed %1</source>
        <translation>Completados %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed %1</source>
        <translation>Fallidos %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancelled %1</source>
        <translation>Cancelados %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finished jobs leave the list %1 min after the node has fetched them</source>
        <translation>Los trabajos terminados salen de la lista %1 min después de que el nodo los recoja</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>none yet this session</source>
        <translation>ninguna en esta sesión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>last at %1</source>
        <translation>última a las %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 · running jobs: %2</source>
        <translation>%1 · trabajos en curso: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not mining: %1</source>
        <translation>Sin minar: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Quantus Miner</source>
        <translation>Quantus Miner</translation>
    </message>
    <message>
        <location filename="../src/gui/main_window_tabs.cpp" line="+19"/>
        <source>&amp;Cancel job</source>
        <translation>&amp;Cancelar trabajo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy job &amp;ID</source>
        <translation>Copiar &amp;ID del trabajo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy found &amp;nonce</source>
        <translation>Copiar &amp;nonce encontrado</translation>
    </message>
    <message>
        <location filename="../src/gui/main_window_settings.cpp" line="+73"/>
        <source>Start on login</source>
        <translation>Iniciar al iniciar sesión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not change the autostart entry: %1</source>
        <translation>No se pudo cambiar el inicio automático: %1</translation>
    </message>
</context>
<context>
    <name>qm::gui::NetworkPage</name>
    <message>
        <location filename="../src/gui/wizard/network_page.cpp" line="+46"/>
        <source>Network</source>
        <translation>Red</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The network your node joins, and the ports it uses on this computer only.</source>
        <translation>La red a la que se une su nodo y los puertos que usa solo en este equipo.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>optional; shown to other nodes</source>
        <translation>opcional; visible para otros nodos</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Chain:</source>
        <translation>Cadena:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Node name:</source>
        <translation>Nombre del nodo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Miner port (QUIC):</source>
        <translation>Puerto de mineros (QUIC):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RPC port:</source>
        <translation>Puerto RPC:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prometheus port:</source>
        <translation>Puerto de Prometheus:</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The manifest names %1 (%2) for node %3.</source>
        <translation>El manifiesto indica %1 (%2) para el nodo %3.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A test network: its tokens have no value.</source>
        <translation>Una red de pruebas: sus tokens no tienen valor.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The chain the network&apos;s compatibility manifest names: mainnet, or a test network such as planck.</source>
        <translation>La cadena que indica el manifiesto de compatibilidad de la red: mainnet o una red de pruebas como planck.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>optional; empty: %1</source>
        <translation>opcional; si está vacío: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cannot tell how much space is free at %1.</source>
        <translation>No se puede saber cuánto espacio libre hay en %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>⚠ Only %1 free on the data folder&apos;s disk; a node of this network needs about %2. Choose another data folder or free some space, or the node will stop when the disk is full.</source>
        <translation>⚠ Solo hay %1 libres en el disco de la carpeta de datos; un nodo de esta red necesita unos %2. Elija otra carpeta de datos o libere espacio, o el nodo se detendrá cuando el disco se llene.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 free on the data folder&apos;s disk; the network needs about %2.</source>
        <translation>%1 libres en el disco de la carpeta de datos; la red necesita unos %2.</translation>
    </message>
</context>
<context>
    <name>qm::gui::NodePanel</name>
    <message>
        <location filename="../src/gui/widgets/node_panel.cpp" line="+90"/>
        <source>The node cannot start</source>
        <translation>El nodo no puede iniciarse</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Chain:</source>
        <translation>Cadena:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Node version:</source>
        <translation>Versión del nodo:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Peers:</source>
        <translation>Pares:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Best block:</source>
        <translation>Mejor bloque:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last block:</source>
        <translation>Último bloque:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Blocks mined:</source>
        <translation>Bloques minados:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Restarts:</source>
        <translation>Reinicios:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Peer id:</source>
        <translation>ID de par:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Set &amp;up…</source>
        <translation>&amp;Configurar…</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Set up a node…</source>
        <translation>Configurar un nodo…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>S&amp;top node</source>
        <translation>&amp;Detener nodo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>S&amp;tart node</source>
        <translation>&amp;Iniciar nodo</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 of %2 blocks (%3 %)</source>
        <translation>%1 de %2 bloques (%3 %)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not running</source>
        <translation>no está en marcha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 blocks/s</source>
        <translation>%1 bloques/s</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%n s ago</source>
        <translation>
            <numerusform>hace %n s</numerusform>
            <numerusform>hace %n s</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 ago</source>
        <translation>hace %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 this run, %2 in total</source>
        <translation>%1 en esta ejecución, %2 en total</translation>
    </message>
</context>
<context>
    <name>qm::gui::NodeWizard</name>
    <message>
        <location filename="../src/gui/wizard/node_wizard.cpp" line="+16"/>
        <source>Set up your Quantus node</source>
        <translation>Configure su nodo Quantus</translation>
    </message>
</context>
<context>
    <name>qm::gui::PhrasePage</name>
    <message>
        <location filename="../src/gui/wizard/rewards_page.cpp" line="-87"/>
        <source>Write down your 24 words</source>
        <translation>Anote sus 24 palabras</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>These words are your rewards key. Write them on paper, in order, and keep it safe.</source>
        <translation>Estas palabras son su clave de recompensas. Escríbalas en papel, en orden, y guárdelo en un lugar seguro.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anyone with these words can take your rewards; without them you cannot recover the key. They are shown only now and are not stored anywhere.</source>
        <translation>Quien tenga estas palabras puede quedarse con sus recompensas; sin ellas no podrá recuperar la clave. Solo se muestran ahora y no se guardan en ningún sitio.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>I have &amp;written the 24 words down</source>
        <translation>He anotado las 24 &amp;palabras</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Address: %1</source>
        <translation>Dirección: %1</translation>
    </message>
</context>
<context>
    <name>qm::gui::ProgramPage</name>
    <message>
        <location filename="../src/gui/wizard/program_page.cpp" line="+26"/>
        <source>The node program</source>
        <translation>El programa del nodo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your miner mines for a Quantus node on this computer. Choose the node program you have, or download the release the network expects.</source>
        <translation>Su minero mina para un nodo Quantus en este equipo. Elija el programa del nodo que ya tiene o descargue la versión que espera la red.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use a &amp;quantus-node I already have</source>
        <translation>Usar un &amp;quantus-node que ya tengo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Download the node the network names</source>
        <translation>&amp;Descargar el nodo que indica la red</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Path to quantus-node</source>
        <translation>Ruta de quantus-node</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The compatibility manifest lists the node release for each network with its SHA-256 checksum.</source>
        <translation>El manifiesto de compatibilidad indica la versión del nodo para cada red con su suma de comprobación SHA-256.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Down&amp;load</source>
        <translation>Descar&amp;gar</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Manifest:</source>
        <translation>Manifiesto:</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Choose quantus-node</source>
        <translation>Elegir quantus-node</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Downloading quantus-node %1 for %2…</source>
        <translation>Descargando quantus-node %1 para %2…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The download broke off (%1); trying again (%2)…</source>
        <translation>La descarga se interrumpió (%1); reintentando (%2)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Checking the SHA-256 checksum…</source>
        <translation>Verificando la suma de comprobación SHA-256…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Downloaded and verified: %1</source>
        <translation>Descargado y verificado: %1</translation>
    </message>
    <message>
        <location line="-26"/>
        <location line="+31"/>
        <source>The download failed: %1</source>
        <translation>La descarga falló: %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Network: %1 (%2), node %3</source>
        <translation>Red: %1 (%2), nodo %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Manifest updated %1</source>
        <translation>Manifiesto actualizado: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is a test network: its tokens have no value.</source>
        <translation>%1 es una red de pruebas: sus tokens no tienen valor.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The manifest address is not a valid URL.</source>
        <translation>La dirección del manifiesto no es una URL válida.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Reading the compatibility manifest…</source>
        <translation>Leyendo el manifiesto de compatibilidad…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>This is not a usable quantus-node: %1</source>
        <translation>Esto no es un quantus-node utilizable: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Found %1.</source>
        <translation>Encontrado: %1.</translation>
    </message>
</context>
<context>
    <name>qm::gui::QrCodeWidget</name>
    <message>
        <location filename="../src/gui/widgets/qr_code_widget.cpp" line="+57"/>
        <source>QR code</source>
        <translation>Código QR</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Empty: no text to show</source>
        <translation>Vacío: no hay texto que mostrar</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <location line="+2"/>
        <location line="+4"/>
        <source>QR code of %1</source>
        <translation>Código QR de %1</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Not shown: the text is too long for a QR code (%1 bytes)</source>
        <translation>No se muestra: el texto es demasiado largo para un código QR (%1 bytes)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not shown: the QR code could not be made</source>
        <translation>No se muestra: no se pudo generar el código QR</translation>
    </message>
</context>
<context>
    <name>qm::gui::ReadyPage</name>
    <message>
        <location filename="../src/gui/wizard/network_page.cpp" line="+44"/>
        <source>Ready to mine</source>
        <translation>Listo para minar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finish starts your node. It first catches up with the chain; the miner starts by itself when the node is in sync and has peers.</source>
        <translation>«Finalizar» inicia su nodo. Primero se pone al día con la cadena; el minero arranca solo cuando el nodo está sincronizado y tiene pares.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Start the node and mine now</source>
        <translation>&amp;Iniciar el nodo y minar ahora</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Node program</source>
        <translation>Programa del nodo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data folder</source>
        <translation>Carpeta de datos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chain</source>
        <translation>Cadena</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rewards address</source>
        <translation>Dirección de recompensas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>(not given)</source>
        <translation>(no indicada)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inner hash</source>
        <translation>Hash interno</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ports</source>
        <translation>Puertos</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>miner %1, RPC %2, Prometheus %3</source>
        <translation>minero %1, RPC %2, Prometheus %3</translation>
    </message>
</context>
<context>
    <name>qm::gui::RewardsPage</name>
    <message>
        <location filename="../src/gui/wizard/rewards_page.cpp" line="-199"/>
        <source>Your rewards</source>
        <translation>Sus recompensas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blocks your node mines pay a wormhole address. The node needs only the address&apos;s inner hash; your 24 secret words never leave this computer and are not stored.</source>
        <translation>Los bloques que mina su nodo pagan a una dirección wormhole. El nodo solo necesita el hash interno de la dirección; sus 24 palabras secretas nunca salen de este equipo y no se guardan.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>I have the &amp;inner hash of my rewards address</source>
        <translation>Tengo el hash &amp;interno de mi dirección de recompensas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I have the &amp;24 words of an existing key</source>
        <translation>Tengo las &amp;24 palabras de una clave existente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create a &amp;new key for me</source>
        <translation>&amp;Crear una clave nueva para mí</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>qz… (optional, for the QR code)</source>
        <translation>qz… (opcional, para el código QR)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>word1 word2 … word24</source>
        <translation>palabra1 palabra2 … palabra24</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show the words</source>
        <translation>Mostrar las palabras</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Inner hash:</source>
        <translation>Hash interno:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address:</source>
        <translation>Dirección:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Words:</source>
        <translation>Palabras:</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <location line="+14"/>
        <source>%n of 24 words</source>
        <translation>
            <numerusform>%n de 24 palabras</numerusform>
            <numerusform>%n de 24 palabras</numerusform>
        </translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The inner hash is 0x followed by 64 hexadecimal digits.</source>
        <translation>El hash interno es 0x seguido de 64 dígitos hexadecimales.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A Quantus rewards address starts with qz.</source>
        <translation>Una dirección de recompensas de Quantus empieza por qz.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The node program did not accept the words: %1</source>
        <translation>El programa del nodo no aceptó las palabras: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The node program could not create a key: %1</source>
        <translation>El programa del nodo no pudo crear una clave: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Rewards go to %1</source>
        <translation>Las recompensas van a %1</translation>
    </message>
</context>
<context>
    <name>qm::gui::RewardsPanel</name>
    <message>
        <location filename="../src/gui/widgets/rewards_panel.cpp" line="+111"/>
        <source>Rewards address</source>
        <translation>Dirección de recompensas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inner hash the node mines for:</source>
        <translation>Hash interno para el que mina el nodo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>blocks mined since the app started</source>
        <translation>bloques minados desde que se inició la aplicación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>blocks mined in total</source>
        <translation>bloques minados en total</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set up a node to mine for your own rewards address. The assistant takes a few minutes and needs no terminal.</source>
        <translation>Configure un nodo para minar para su propia dirección de recompensas. El asistente tarda unos minutos y no necesita terminal.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set &amp;up a node…</source>
        <translation>&amp;Configurar un nodo…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>(only the inner hash is known)</source>
        <translation>(solo se conoce el hash interno)</translation>
    </message>
</context>
<context>
    <name>qm::gui::SettingsDialog</name>
    <message>
        <location filename="../src/gui/settings_dialog.cpp" line="+45"/>
        <source>%1 — folder %2</source>
        <translation>%1 — carpeta %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 — files %2 and %3</source>
        <translation>%1 — archivos %2 y %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 — folder %2, files %3 and %4</source>
        <translation>%1 — carpeta %2, archivos %3 y %4</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>This desktop has no system tray.</source>
        <translation>Este escritorio no tiene bandeja del sistema.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>any free port</source>
        <translation>cualquier puerto libre</translation>
    </message>
    <message>
        <location filename="../src/gui/node_source_fields.cpp" line="+23"/>
        <source>The node&apos;s auth token file</source>
        <translation>El archivo del token del nodo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The node&apos;s certificate pin file</source>
        <translation>El archivo del pin del certificado del nodo</translation>
    </message>
    <message>
        <location filename="../src/gui/settings_dialog.cpp" line="+57"/>
        <source>This computer only</source>
        <translation>Solo este equipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every IPv4 network interface</source>
        <translation>Todas las interfaces de red IPv4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This computer only (IPv6)</source>
        <translation>Solo este equipo (IPv6)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every network interface</source>
        <translation>Todas las interfaces de red</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>System default</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Follow the system</source>
        <translation>Seguir al sistema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Changing the address or a port restarts the service; running jobs are cancelled.</source>
        <translation>Cambiar la dirección o un puerto reinicia el servicio; los trabajos en curso se cancelan.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>address</source>
        <translation>dirección</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>API port</source>
        <translation>puerto de la API</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>metrics port</source>
        <translation>puerto de métricas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This run was started with the %1 on the command line or in the environment; those win over what is saved here at the next start.</source>
        <translation>Esta ejecución se inició con %1 en la línea de órdenes o en el entorno; eso prevalece sobre lo guardado aquí en el próximo inicio.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The node writes %1 and %2 into its &lt;base-path&gt;/chains/&lt;chain&gt;/ folder when it runs with --miner-listen-port. Only these paths are saved, never the token.</source>
        <translation>El nodo escribe %1 y %2 en su carpeta &lt;base-path&gt;/chains/&lt;chain&gt;/ cuando se ejecuta con --miner-listen-port. Solo se guardan estas rutas, nunca el token.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This run&apos;s node was given on the command line or in the environment; that wins over what is saved here at the next start.</source>
        <translation>El nodo de esta ejecución se indicó en la línea de órdenes o en el entorno; eso prevalece sobre lo guardado aquí en el próximo inicio.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The miner mines for the first node in this order that is reachable and has a job. When that node goes, it switches to the next one within seconds, and it returns to a higher one when that is back.</source>
        <translation>El minero mina para el primer nodo de este orden que sea accesible y tenga un trabajo. Si ese nodo cae, pasa al siguiente en cuestión de segundos y vuelve a uno anterior cuando este se recupera.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The backup nodes of this run came with its node from the command line or the environment; they win over this list at the next start.</source>
        <translation>Los nodos de respaldo de esta ejecución llegaron con su nodo desde la línea de órdenes o el entorno; prevalecen sobre esta lista en el próximo inicio.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Add a backup node</source>
        <translation>Añadir un nodo de respaldo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit the backup node</source>
        <translation>Modificar el nodo de respaldo</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Backup node %1 (%2): this node is already in the list; give each node once.</source>
        <translation>Nodo de respaldo %1 (%2): este nodo ya está en la lista; indique cada nodo una sola vez.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Backup node %1 (%2): %3</source>
        <translation>Nodo de respaldo %1 (%2): %3</translation>
    </message>
    <message>
        <location filename="../src/gui/node_source_fields.cpp" line="+49"/>
        <source>The node&apos;s directory (chains/&lt;chain&gt;)</source>
        <translation>Carpeta del nodo (chains/&lt;chain&gt;)</translation>
    </message>
    <message>
        <location filename="../src/gui/settings_dialog.cpp" line="+24"/>
        <source>Enter the node&apos;s address, e.g. 127.0.0.1:9833 (the port of its --miner-listen-port).</source>
        <translation>Escriba la dirección del nodo, p. ej. 127.0.0.1:9833 (el puerto de su --miner-listen-port).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1” is not a node address: use HOST:PORT, e.g. 127.0.0.1:9833.</source>
        <translation>«%1» no es una dirección de nodo: use HOST:PUERTO, p. ej. 127.0.0.1:9833.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file “%1” does not exist.</source>
        <translation>El archivo «%1» no existe.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose the node&apos;s directory: &lt;base-path&gt;/chains/&lt;chain&gt;/, where it writes %1.</source>
        <translation>Elija la carpeta del nodo: &lt;base-path&gt;/chains/&lt;chain&gt;/, donde escribe %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The folder “%1” does not exist.</source>
        <translation>La carpeta «%1» no existe.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1” has no %2 file: choose the node&apos;s chains/&lt;chain&gt;/ folder, and start the node with --miner-listen-port so that it writes the file.</source>
        <translation>«%1» no tiene el archivo %2: elija la carpeta chains/&lt;chain&gt;/ del nodo e inicie el nodo con --miner-listen-port para que escriba el archivo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose both files: the node&apos;s %1 and its %2.</source>
        <translation>Elija los dos archivos: %1 y %2 del nodo.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>These node settings cannot be used: %1.</source>
        <translation>Esta configuración del nodo no se puede usar: %1.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>“%1” is not an IP address. Use 127.0.0.1 (this computer), 0.0.0.0 or :: (every interface).</source>
        <translation>«%1» no es una dirección IP. Use 127.0.0.1 (este equipo), 0.0.0.0 o :: (todas las interfaces).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The metrics port must differ from the API port.</source>
        <translation>El puerto de métricas debe ser distinto del puerto de la API.</translation>
    </message>
</context>
<context>
    <name>qm::gui::SystemPanel</name>
    <message>
        <location filename="../src/gui/widgets/system_panel.cpp" line="+91"/>
        <source>Worker %1</source>
        <translation>Hilo %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none of AVX2, BMI2, AVX-512 (scalar code only)</source>
        <translation>ninguno de AVX2, BMI2, AVX-512 (solo código escalar)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1; in use: %2</source>
        <translation>%1; en uso: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1; would use %2</source>
        <translation>%1; usaría %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Looking for CUDA devices…</source>
        <translation>Buscando dispositivos CUDA…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>gpu-cuda can use %1 of %2 GPUs (driver CUDA %3.%4; %5)</source>
        <translation>gpu-cuda puede usar %1 de %2 GPU (controlador CUDA %3.%4; %5)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>gpu-cuda unavailable: %1</source>
        <translation>gpu-cuda no disponible: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Worker</source>
        <translation>Hilo</translation>
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
        <translation>Memoria</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Compute</source>
        <translation>Cómputo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Temperature</source>
        <translation>Temperatura</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Power</source>
        <translation>Potencia</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Load</source>
        <translation>Carga</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not usable: %1</source>
        <translation>no utilizable: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1, %2 SMs</source>
        <translation>%1, %2 SM</translation>
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
