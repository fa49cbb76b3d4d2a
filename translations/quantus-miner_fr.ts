<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../ui/about_dialog.ui" line="+14"/>
        <source>About Quantus Miner</source>
        <translation>À propos de Quantus Miner</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Quantus Miner</source>
        <translation>Quantus Miner</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Searches nonces for the Quantus Network&apos;s Poseidon2 proof of work, on CPUs and NVIDIA GPUs, for a Quantus node that sends jobs over HTTP.</source>
        <translation>Cherche des nonces pour la preuve de travail Poseidon2 du Quantus Network, sur CPU et GPU NVIDIA, pour un nœud Quantus qui envoie des tâches par HTTP.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Build</source>
        <translation>Compilation</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>CUDA engine</source>
        <translation>Moteur CUDA</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>CPU code paths</source>
        <translation>Chemins de code CPU</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Qt</source>
        <translation>Qt</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Licence: MIT</source>
        <translation>Licence : MIT</translation>
    </message>
</context>
<context>
    <name>BackupNodeDialog</name>
    <message>
        <location filename="../ui/backup_node_dialog.ui" line="+14"/>
        <source>Backup node</source>
        <translation>Nœud de secours</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Backup node a&amp;ddress</source>
        <translation>&amp;Adresse du nœud de secours</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>HOST:PORT of the node&apos;s miner port (its --miner-listen-port), e.g. 127.0.0.1:9833.</source>
        <translation>HÔTE:PORT du port mineur du nœud (son --miner-listen-port), p. ex. 127.0.0.1:9833.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Node &amp;directory</source>
        <translation>&amp;Dossier du nœud</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The node&apos;s &lt;base-path&gt;/chains/&lt;chain&gt;/ folder: both files are read from there.</source>
        <translation>Le dossier &lt;base-path&gt;/chains/&lt;chain&gt;/ du nœud : les deux fichiers y sont lus.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Choose the node&apos;s directory</source>
        <translation>Choisir le dossier du nœud</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The two &amp;files</source>
        <translation>Les deux &amp;fichiers</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Auth &amp;token file</source>
        <translation>Fichier du &amp;jeton</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The node&apos;s miner-auth-token file.</source>
        <translation>Le fichier miner-auth-token du nœud.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Choose the token file</source>
        <translation>Choisir le fichier du jeton</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Certificate &amp;pin file</source>
        <translation>Fichier d’&amp;empreinte du certificat</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The node&apos;s miner-tls-cert-sha256 file.</source>
        <translation>Le fichier miner-tls-cert-sha256 du nœud.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Choose the certificate pin file</source>
        <translation>Choisir le fichier d’empreinte du certificat</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../src/app/app_options.cpp" line="+68"/>
        <source>%1 (see quantus-miner --help)</source>
        <translation>%1 (voir quantus-miner --help)</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>invalid --gpu-devices &apos;%1&apos;: expected a number of GPUs from 1 to 64, or all</source>
        <translation>--gpu-devices &apos;%1&apos; invalide : attendu un nombre de GPU de 1 à 64, ou all</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--lang needs a language code such as de or zh_CN</source>
        <translation>--lang attend un code de langue comme de ou zh_CN</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--screenshot needs a PNG file name</source>
        <translation>--screenshot attend un nom de fichier PNG</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 needs a value in seconds</source>
        <translation>%1 attend une valeur en secondes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>invalid %1 &apos;%2&apos;: expected seconds, more than 0 and at most 3600</source>
        <translation>%1 &apos;%2&apos; invalide : attendu des secondes, plus de 0 et au plus 3600</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>invalid --pow &apos;%1&apos;: expected v1 or v2</source>
        <translation>--pow &apos;%1&apos; invalide : v1 ou v2 attendu</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--duration needs a value in seconds</source>
        <translation>--duration attend une valeur en secondes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>invalid --duration &apos;%1&apos;: expected seconds, more than 0 and at most 86400</source>
        <translation>--duration &apos;%1&apos; invalide : attendu des secondes, plus de 0 et au plus 86400</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>hash takes no option &apos;%1&apos;</source>
        <translation>hash n&apos;accepte pas l&apos;option &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>benchmark takes no option &apos;%1&apos;</source>
        <translation>benchmark n&apos;accepte pas l&apos;option &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>health takes no option &apos;%1&apos;</source>
        <translation>health n’accepte pas l’option « %1 »</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown option &apos;%1&apos;</source>
        <translation>option inconnue &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="-30"/>
        <location line="+34"/>
        <source>%1 needs a value</source>
        <translation>%1 attend une valeur</translation>
    </message>
    <message>
        <location line="-147"/>
        <source>node needs a subcommand: install</source>
        <translation>node attend une sous-commande : install</translation>
    </message>
    <message>
        <location line="+117"/>
        <source>node install takes no option &apos;%1&apos;</source>
        <translation>node install n’accepte pas l’option « %1 »</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--node needs ADDR,dir=DIR or ADDR,token-file=F,cert-sha256-file=F</source>
        <translation>--node attend ADDR,dir=DIR ou ADDR,token-file=F,cert-sha256-file=F</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>hash needs MINING_HASH NONCE [DIFFICULTY], got %1 argument(s)</source>
        <translation>hash attend MINING_HASH NONCE [DIFFICULTY], reçu %1 argument(s)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>argument inattendu &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Usage:</source>
        <translation>Utilisation :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mine jobs sent by a Quantus node over HTTP</source>
        <translation>mine les tâches envoyées par un nœud Quantus par HTTP</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Service options (command line over environment over default):</source>
        <translation>Options du service (ligne de commande, puis environnement, puis défaut) :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>run without the dashboard (also automatic without a display)</source>
        <translation>fonctionner sans tableau de bord (automatique sans écran)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HTTP API port (default 9833; 0: any free port)</source>
        <translation>port de l&apos;API HTTP (défaut 9833 ; 0 : un port libre)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>address to listen on (default 127.0.0.1;
0.0.0.0 in containers). The API has NO
authentication: anyone who can reach it can
submit and cancel jobs. Expose it only to the node.</source>
        <translation>adresse d&apos;écoute (défaut 127.0.0.1 ; 0.0.0.0 dans
les conteneurs). L&apos;API n&apos;a AUCUNE authentification :
quiconque peut l&apos;atteindre peut soumettre et annuler
des tâches. Ne l&apos;exposez qu&apos;au nœud.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>hashing threads (default: half of the CPUs this
process may use, cgroup cpuset honoured, at least 1;
more than available is clamped)</source>
        <translation>threads de hachage (défaut : la moitié des CPU que
ce processus peut utiliser, cpuset du cgroup
respecté, au moins 1 ; au-delà, la valeur est réduite)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cpu-fast (default), cpu-baseline, gpu-cuda</source>
        <translation>cpu-fast (défaut), cpu-baseline, gpu-cuda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prometheus GET /metrics on this port (default off)</source>
        <translation>Prometheus GET /metrics sur ce port (désactivé par
défaut)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>target length of one chunk of work (default 1000)</source>
        <translation>durée visée d&apos;un bloc de travail (défaut 1000)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>open connections per HTTP port (default 256)</source>
        <translation>connexions ouvertes par port HTTP (256 par défaut)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>error, warn, info (default), debug, trace</source>
        <translation>error, warn, info (défaut), debug, trace</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>also append the log to PATH</source>
        <translation>ajouter aussi le journal à PATH</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>mine for a Quantus node over QUIC (QPoW v2),
e.g. 127.0.0.1:9833 (the node&apos;s --miner-listen-port)</source>
        <translation>miner pour un nœud Quantus via QUIC (QPoW v2), p. ex.
127.0.0.1:9833 (le --miner-listen-port du nœud)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the node&apos;s miner-auth-token (or --auth-token T,
MINER_AUTH_TOKEN; a token on the command line
is visible to other users of this machine)</source>
        <translation>le miner-auth-token du nœud (ou --auth-token T,
MINER_AUTH_TOKEN ; un jeton sur la ligne de commande
est visible des autres utilisateurs de cette machine)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>both files from the node&apos;s directory
&lt;base-path&gt;/chains/&lt;chain&gt;/</source>
        <translation>les deux fichiers du &lt;base-path&gt;/chains/&lt;chain&gt;/ du
nœud</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>one more node, after --node-addr&apos;s and the --node
before it (repeat for each; the first reachable
one is mined for, the miner fails over and returns
to a higher one when it is back). Or
ADDR,token-file=F,cert-sha256-file=F. MINER_NODES:
the entries separated by &apos;;&apos;</source>
        <translation>un nœud de plus, après celui de --node-addr et les
--node précédents (à répéter pour chacun ; on mine
pour le premier joignable, le mineur bascule en cas
de panne et revient à un nœud antérieur dès son
retour). Ou ADDR,token-file=F,cert-sha256-file=F.
MINER_NODES : les entrées séparées par &apos;;&apos;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>run this quantus-node, keep it running and mine
for it (instead of --node-addr); it stops with
the miner</source>
        <translation>lancer ce quantus-node, le garder en marche et miner
pour lui (au lieu de --node-addr) ; il s&apos;arrête avec
le mineur</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the node&apos;s database and keys (its --base-path;
the node key is made there when missing)</source>
        <translation>base de données et clés du nœud (son --base-path ;
la clé du nœud y est créée si elle manque)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>where the rewards go: the Inner Hash that
quantus-node key quantus --scheme wormhole prints</source>
        <translation>où vont les récompenses : l&apos;Inner Hash qu&apos;affiche
quantus-node key quantus --scheme wormhole</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the node&apos;s name on the network (default:
quantus-miner-&lt;8 hex digits&gt;, the same each start)</source>
        <translation>nom du nœud sur le réseau (défaut :
quantus-miner-&lt;8 chiffres hex&gt;, toujours le même)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the node&apos;s --miner-listen-port (default 9833)</source>
        <translation>le --miner-listen-port du nœud (défaut 9833)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the node&apos;s --rpc-port on 127.0.0.1 (default 9944)</source>
        <translation>le --rpc-port du nœud sur 127.0.0.1 (défaut 9944)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the node&apos;s --prometheus-port (default 9615)</source>
        <translation>le --prometheus-port du nœud (défaut 9615)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the same as --workers; 0: no CPU mining,
gpu-cuda mines</source>
        <translation>comme --workers ; 0 : pas de minage sur CPU, gpu-cuda
mine</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>the node&apos;s miner-tls-cert-sha256 (or
--tls-cert-sha256 HEX, MINER_TLS_CERT_SHA256)</source>
        <translation>le miner-tls-cert-sha256 du nœud (ou --tls-cert-sha256
HEX, MINER_TLS_CERT_SHA256)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>the node&apos;s chain: mainnet, planck (testnet), dev,
or a chain spec file</source>
        <translation>chaîne du nœud : mainnet, planck (réseau de test),
dev ou un fichier de spécification de chaîne</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>gpu-cuda: use the first N visible GPUs (default all;
CUDA_VISIBLE_DEVICES picks which are visible)</source>
        <translation>gpu-cuda : utiliser les N premiers GPU visibles (défaut
all ; CUDA_VISIBLE_DEVICES choisit les visibles)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>interface language (de, es, fr, ru, zh_CN, en;
default: the dashboard&apos;s setting, else the system&apos;s)</source>
        <translation>langue de l&apos;interface (de, es, fr, ru, zh_CN, en ;
défaut : réglage du tableau de bord, sinon système)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dashboard checks (need a display):</source>
        <translation>Vérifications du tableau de bord (écran nécessaire) :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>save the window as PNG after --screenshot-delay SECONDS (default 8), quit</source>
        <translation>enregistrer la fenêtre en PNG après --screenshot-delay
SECONDS (défaut 8), puis quitter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>print the longest GUI event-loop stall over that time, quit</source>
        <translation>afficher le plus long blocage de la boucle d&apos;événements
de l&apos;interface sur cette durée, puis quitter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>hash: prints the 128-hex-digit PoW hash of MINING_HASH (64 hex digits) and NONCE
(1 to 128 hex digits, the number they spell, zero-padded on the left), and with
DIFFICULTY (decimal, at least 1) &apos;valid&apos; or &apos;invalid&apos; on a second line.</source>
        <translation>hash : affiche le hash PoW de 128 chiffres hex de MINING_HASH (64 chiffres hex)
et NONCE (1 à 128 chiffres hex, le nombre qu&apos;ils forment, complété de zéros à
gauche), et avec DIFFICULTY (décimal, au moins 1) &apos;valid&apos; ou &apos;invalid&apos; sur une
seconde ligne.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>benchmark: mines a job no hash can solve through the same workers as real jobs
and reports hashes per second, in total and per worker.
--duration SECONDS (default 10), --json (one JSON object), --engine, --workers,
--gpu-devices.</source>
        <translation>benchmark : mine une tâche qu&apos;aucun hash ne résout avec les mêmes threads que
les vraies tâches et indique les hashs par seconde, au total et par thread.
--duration SECONDS (défaut 10), --json (un objet JSON), --engine, --workers,
--gpu-devices.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--pow v1|v2 (hash, benchmark): the proof of work, QPoW v1 of HTTP nodes (default)
or QPoW v2 of today&apos;s network.</source>
        <translation>--pow v1|v2 (hash, benchmark) : la preuve de travail, QPoW v1 des nœuds HTTP (par défaut)
ou QPoW v2 du réseau actuel.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>health: asks the miner running on --bind and --port (or MINER_BIND, MINER_PORT)
whether its API answers; exit 0 when it does (a container&apos;s HEALTHCHECK).</source>
        <translation>health : demande au mineur qui tourne sur --bind et --port (ou MINER_BIND, MINER_PORT)
si son API répond ; code de sortie 0 si oui (le HEALTHCHECK d’un conteneur).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>node install: downloads the quantus-node the network&apos;s compatibility manifest
names for this computer (--manifest URL or FILE, default
https://docs.quantus.com/mining-compatibility.json), checks its SHA-256, unpacks
it into --dir DIR (default ~/.local/share/quantus-miner/node/bin) and prints its
path and version. --dry-run prints the network, node version, URL and SHA-256
and downloads nothing. Exit 1: the download failed; 2: a bad manifest or option.</source>
        <translation>node install : télécharge le quantus-node que le manifeste de compatibilité du
réseau indique pour cet ordinateur (--manifest URL ou FILE, défaut
https://docs.quantus.com/mining-compatibility.json), vérifie son SHA-256, le
décompresse dans --dir DIR (défaut ~/.local/share/quantus-miner/node/bin) et
affiche son chemin et sa version. --dry-run affiche le réseau, la version du nœud,
l’URL et le SHA-256 et ne télécharge rien. Code de sortie 1 : le téléchargement a
échoué ; 2 : manifeste ou option invalide.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Exit codes: 0 success, 1 runtime failure (e.g. port in use), 2 invalid arguments.</source>
        <translation>Codes de sortie : 0 succès, 1 échec à l&apos;exécution (p. ex. port occupé),
2 arguments invalides.</translation>
    </message>
</context>
<context>
    <name>LogConsole</name>
    <message>
        <location filename="../ui/log_console.ui" line="+37"/>
        <source>S&amp;how</source>
        <translation>A&amp;fficher</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Search the log…</source>
        <translation>Rechercher dans le journal…</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Copy the selected lines (all shown lines when none is selected)</source>
        <translation>Copier les lignes sélectionnées (toutes les lignes affichées si aucune n&apos;est sélectionnée)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Copy</source>
        <translation>C&amp;opier</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Save the shown lines to a file</source>
        <translation>Enregistrer les lignes affichées dans un fichier</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sa&amp;ve…</source>
        <translation>Enregi&amp;strer…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Clear the console (the log file and stderr keep their lines)</source>
        <translation>Vider la console (le fichier journal et stderr gardent leurs lignes)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>C&amp;lear</source>
        <translation>&amp;Vider</translation>
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
        <translation>Démarre ou arrête le service de minage. L&apos;arrêt ferme le port et annule les tâches en cours.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stop mining</source>
        <translation>Arrêter le minage</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Engine</source>
        <translation>Mo&amp;teur</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The hashing engine. A change applies to the next chunk of every job, without restarting them.</source>
        <translation>Le moteur de hachage. Un changement s&apos;applique au bloc suivant de chaque tâche, sans la redémarrer.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>&amp;Workers</source>
        <translation>T&amp;hreads</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Worker threads hashing on the CPU. A change applies to the next chunk, without restarting jobs.</source>
        <translation>Threads de calcul qui hachent sur le CPU. Un changement s&apos;applique au bloc suivant, sans redémarrer les tâches.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>About Quantus Miner</source>
        <translation>À propos de Quantus Miner</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>&amp;Retry</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Change &amp;port…</source>
        <translation>Changer de &amp;port…</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Hash rate</source>
        <translation>Taux de hachage</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>How much history the chart shows</source>
        <translation>Quelle durée d&apos;historique le graphique affiche</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+217"/>
        <source>&amp;Jobs</source>
        <translation>Tâ&amp;ches</translation>
    </message>
    <message>
        <location line="-119"/>
        <location line="+127"/>
        <source>&amp;Log</source>
        <translation>&amp;Journal</translation>
    </message>
    <message>
        <location line="-122"/>
        <location line="+130"/>
        <source>S&amp;ystem</source>
        <translation>S&amp;ystème</translation>
    </message>
    <message>
        <location line="-125"/>
        <location line="+74"/>
        <source>&amp;Node</source>
        <translation>&amp;Nœud</translation>
    </message>
    <message>
        <location line="-69"/>
        <location line="+77"/>
        <source>&amp;Rewards</source>
        <translation>&amp;Récompenses</translation>
    </message>
    <message>
        <location line="-66"/>
        <source>&amp;Mining</source>
        <translation>&amp;Minage</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Stop mining</source>
        <translation>&amp;Arrêter le minage</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>S&amp;ettings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Set up a local &amp;node…</source>
        <translation>Configurer un &amp;nœud local…</translation>
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
        <translation>&amp;Cacher dans la zone de notification</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ctrl+W</source>
        <translation>Ctrl+W</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
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
        <translation>À &amp;propos de Quantus Miner</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../ui/settings_dialog.ui" line="+14"/>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Mining service</source>
        <translation>Service de minage</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Listen &amp;address</source>
        <translation>&amp;Adresse d&apos;écoute</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>127.0.0.1 accepts jobs from this computer only; 0.0.0.0 or :: from the whole network.</source>
        <translation>127.0.0.1 n&apos;accepte les tâches que de cet ordinateur ; 0.0.0.0 ou :: de tout le réseau.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>API &amp;port</source>
        <translation>&amp;Port de l&apos;API</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The port the node sends jobs to (default 9833).</source>
        <translation>Le port auquel le nœud envoie les tâches (défaut 9833).</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Metrics port</source>
        <translation>Port des &amp;métriques</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Serve Prometheus metrics on this port, on the same address.</source>
        <translation>Servir les métriques Prometheus sur ce port, à la même adresse.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Mine for a Quantus &amp;node (QUIC)</source>
        <translation>Miner pour un &amp;nœud Quantus (QUIC)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Take jobs from a Quantus node v0.10 or newer (mainnet), which checks QPoW v2. The HTTP API above stays open for older nodes.</source>
        <translation>Recevoir les tâches d’un nœud Quantus v0.10 ou plus récent (mainnet), qui vérifie QPoW v2. L’API HTTP ci-dessus reste ouverte aux nœuds plus anciens.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Node a&amp;ddress</source>
        <translation>A&amp;dresse du nœud</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>HOST:PORT of the node&apos;s miner port (its --miner-listen-port), e.g. 127.0.0.1:9833.</source>
        <translation>HÔTE:PORT du port mineur du nœud (son --miner-listen-port), p. ex. 127.0.0.1:9833.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Node &amp;directory</source>
        <translation>&amp;Dossier du nœud</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The node&apos;s &lt;base-path&gt;/chains/&lt;chain&gt;/ folder: both files are read from there.</source>
        <translation>Le dossier &lt;base-path&gt;/chains/&lt;chain&gt;/ du nœud : les deux fichiers y sont lus.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Choose the node&apos;s directory</source>
        <translation>Choisir le dossier du nœud</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The two &amp;files</source>
        <translation>Les deux &amp;fichiers</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Auth &amp;token file</source>
        <translation>Fichier du &amp;jeton</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The node&apos;s miner-auth-token file.</source>
        <translation>Le fichier miner-auth-token du nœud.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Choose the token file</source>
        <translation>Choisir le fichier du jeton</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Certificate &amp;pin file</source>
        <translation>Fichier d’&amp;empreinte du certificat</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The node&apos;s miner-tls-cert-sha256 file.</source>
        <translation>Le fichier miner-tls-cert-sha256 du nœud.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Choose the certificate pin file</source>
        <translation>Choisir le fichier d’empreinte du certificat</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Backup nodes, tried in this order after the node above</source>
        <translation>Nœuds de se&amp;cours, essayés dans cet ordre après le nœud ci-dessus</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Other nodes to mine for when the node above cannot be reached or has no job. Double-click an entry to edit it.</source>
        <translation>Autres nœuds pour lesquels miner lorsque le nœud ci-dessus est injoignable ou n’a pas de tâche. Double-cliquez sur une entrée pour la modifier.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Add…</source>
        <translation>Ajouter…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add a backup node at the end of the list</source>
        <translation>Ajouter un nœud de secours à la fin de la liste</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Edit…</source>
        <translation>Mod&amp;ifier…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change the chosen backup node</source>
        <translation>Modifier le nœud de secours choisi</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Rem&amp;ove</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove the chosen backup node</source>
        <translation>Supprimer le nœud de secours choisi</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Try the chosen backup node earlier</source>
        <translation>Essayer plus tôt le nœud de secours choisi</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Try the chosen backup node later</source>
        <translation>Essayer plus tard le nœud de secours choisi</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>A node on this &amp;computer</source>
        <translation>Un nœud sur cet &amp;ordinateur</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The miner can run and watch a Quantus node for you: program, identity, rewards and network.</source>
        <translation>Le mineur peut faire tourner et surveiller un nœud Quantus pour vous : programme, identité, récompenses et réseau.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Set &amp;up…</source>
        <translation>Config&amp;urer…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Interface</source>
        <translation>Interface</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Appea&amp;rance</source>
        <translation>Appa&amp;rence</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Start minimi&amp;sed</source>
        <translation>Démarrer ré&amp;duit</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Close to the system &amp;tray (keep mining in the background)</source>
        <translation>&amp;Fermer dans la zone de notification (le minage continue)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Start &amp;when I log in</source>
        <translation>Démarrer à l&apos;ou&amp;verture de session</translation>
    </message>
</context>
<context>
    <name>SystemPanel</name>
    <message>
        <location filename="../ui/system_panel.ui" line="+54"/>
        <source>Processor</source>
        <translation>Processeur</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Logical CPUs</source>
        <translation>CPU logiques</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Usable by the miner</source>
        <translation>Utilisables par le mineur</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Instruction sets</source>
        <translation>Jeux d&apos;instructions</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>cpu-fast paths</source>
        <translation>Chemins cpu-fast</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Graphics cards</source>
        <translation>Cartes graphiques</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Worker threads</source>
        <translation>Threads de calcul</translation>
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
        <translation>oui : %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no (built without CUDA)</source>
        <translation>non (compilé sans CUDA)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>built: %1; this CPU: %2</source>
        <translation>compilés : %1 ; ce CPU : %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (built with %2)</source>
        <translation>%1 (compilé avec %2)</translation>
    </message>
</context>
<context>
    <name>qm::gui::Autostart</name>
    <message>
        <location filename="../src/gui/autostart.cpp" line="+68"/>
        <source>cannot remove %1</source>
        <translation>impossible de supprimer %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cannot create %1</source>
        <translation>impossible de créer %1</translation>
    </message>
</context>
<context>
    <name>qm::gui::BackupNodeDialog</name>
    <message>
        <location filename="../src/gui/backup_node_dialog.cpp" line="+49"/>
        <source>%1 is already in the node list: give each node once.</source>
        <translation>%1 figure déjà dans la liste des nœuds : indiquez chaque nœud une seule fois.</translation>
    </message>
</context>
<context>
    <name>qm::gui::CheckPage</name>
    <message>
        <location filename="../src/gui/wizard/rewards_page.cpp" line="+258"/>
        <source>Check your words</source>
        <translation>Vérifiez vos mots</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type two of the words from your sheet, so a mistake in writing them down shows now and not when you need them.</source>
        <translation>Saisissez deux des mots de votre feuille, pour qu&apos;une erreur de recopie se voie maintenant et non le jour où vous en aurez besoin.</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+1"/>
        <source>Word %1:</source>
        <translation>Mot %1 :</translation>
    </message>
</context>
<context>
    <name>qm::gui::Dashboard</name>
    <message>
        <location filename="../src/gui/dashboard.cpp" line="+52"/>
        <source>Quantus Miner keeps mining</source>
        <translation>Quantus Miner continue de miner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The window is hidden; mining goes on. Use the tray icon to show it again or to quit.</source>
        <translation>La fenêtre est cachée ; le minage continue. Utilisez l&apos;icône de la zone de notification pour l&apos;afficher à nouveau ou pour quitter.</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>&amp;Hide window</source>
        <translation>&amp;Masquer la fenêtre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Show window</source>
        <translation>&amp;Afficher la fenêtre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>S&amp;top mining</source>
        <translation>Arrê&amp;ter le minage</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>S&amp;tart mining</source>
        <translation>&amp;Démarrer le minage</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Solution found</source>
        <translation>Solution trouvée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Job %1 found a nonce after %2 hashes in %3.</source>
        <translation>La tâche %1 a trouvé un nonce après %2 hashs en %3.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>cannot create the folder %1</source>
        <translation>impossible de créer le dossier %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cannot write %1</source>
        <translation>impossible d&apos;écrire %1</translation>
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
        <translation>%1 j %2:%3:%4</translation>
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
        <translation>Temps</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hash rate (%1)</source>
        <translation>Taux de hachage (%1)</translation>
    </message>
</context>
<context>
    <name>qm::gui::IdentityPage</name>
    <message>
        <location filename="../src/gui/wizard/identity_page.cpp" line="+20"/>
        <source>Node data and identity</source>
        <translation>Données et identité du nœud</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The node stores the chain in its data folder and needs an identity of its own on the network. Nothing here is secret, but keep the identity to keep your node&apos;s name among its peers.</source>
        <translation>Le nœud stocke la chaîne dans son dossier de données et a besoin d&apos;une identité propre sur le réseau. Rien ici n&apos;est secret, mais conservez l&apos;identité pour que votre nœud garde son nom auprès de ses pairs.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Browse…</source>
        <translation>Pa&amp;rcourir…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Create the identity now</source>
        <translation>&amp;Créer l&apos;identité maintenant</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Data folder:</source>
        <translation>Dossier de données :</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Choose the node&apos;s data folder</source>
        <translation>Choisir le dossier de données du nœud</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Choose a folder with room for the chain.</source>
        <translation>Choisissez un dossier avec assez de place pour la chaîne.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The node identity is ready: %1</source>
        <translation>L&apos;identité du nœud est prête : %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The node identity is ready: %1
Peer id: %2</source>
        <translation>L&apos;identité du nœud est prête : %1
ID de pair : %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There is no node identity yet; it will be created at %1 by the node program.</source>
        <translation>Il n&apos;y a pas encore d&apos;identité de nœud ; le programme du nœud la créera à l&apos;emplacement %1.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot create the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The node program could not create the identity: %1</source>
        <translation>Le programme du nœud n&apos;a pas pu créer l&apos;identité : %1</translation>
    </message>
</context>
<context>
    <name>qm::gui::JobTableModel</name>
    <message>
        <location filename="../src/gui/models/job_table_model.cpp" line="+210"/>
        <source>Running</source>
        <translation>En cours</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Completed</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed</source>
        <translation>Échouée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Job %1</source>
        <translation>Tâche %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mining hash: %1</source>
        <translation>Hash de minage : %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Difficulty: %1</source>
        <translation>Difficulté : %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nonces: 0x%1 … 0x%2</source>
        <translation>Nonces : 0x%1 … 0x%2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Found nonce: 0x%1</source>
        <translation>Nonce trouvé : 0x%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hash: 0x%1</source>
        <translation>Hash : 0x%1</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>10-second rate while running; the average once ended</source>
        <translation>Taux sur 10 secondes pendant l&apos;exécution ; la moyenne une fois terminée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nonces checked so far</source>
        <translation>Nonces vérifiés jusqu&apos;ici</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Job</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Started</source>
        <translation>Début</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Difficulty</source>
        <translation>Difficulté</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nonces checked</source>
        <translation>Nonces vérifiés</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rate</source>
        <translation>Taux</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Elapsed</source>
        <translation>Durée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Found nonce</source>
        <translation>Nonce trouvé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Engine</source>
        <translation>Moteur</translation>
    </message>
</context>
<context>
    <name>qm::gui::LocalNodeModel</name>
    <message>
        <location filename="../src/gui/models/local_node_model.cpp" line="+109"/>
        <source>The node is not set up yet.</source>
        <translation>Le nœud n&apos;est pas encore configuré.</translation>
    </message>
    <message numerus="yes">
        <location line="+102"/>
        <source>%n days</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 hour</source>
        <translation>1 heure</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n hours</source>
        <translation>
            <numerusform>%n heure</numerusform>
            <numerusform>%n heures</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 minute</source>
        <translation>1 minute</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n minutes</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 second</source>
        <translation>1 seconde</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n seconds</source>
        <translation>
            <numerusform>%n seconde</numerusform>
            <numerusform>%n secondes</numerusform>
        </translation>
    </message>
    <message>
        <location line="+36"/>
        <source>No local node set up</source>
        <translation>Aucun nœud local configuré</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Node is stopped</source>
        <translation>Le nœud est arrêté</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Node is starting</source>
        <translation>Le nœud démarre</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Node stopped unexpectedly; restarting in %n s</source>
        <translation>
            <numerusform>Le nœud s&apos;est arrêté de façon inattendue ; redémarrage dans %n s</numerusform>
            <numerusform>Le nœud s&apos;est arrêté de façon inattendue ; redémarrage dans %n s</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Node cannot start: %1</source>
        <translation>Le nœud ne peut pas démarrer : %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting for peers</source>
        <translation>En attente de pairs</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Node is syncing (%1 %) — mining starts when it is done</source>
        <translation>Le nœud se synchronise (%1 %) — le minage commence quand il a fini</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Waiting for a fresh tip: the best block is %1 old; the node mines once it has synced a block from the last %2</source>
        <translation>En attente d’une tête de chaîne récente : le meilleur bloc date de %1 ; le nœud mine dès qu’il a synchronisé un bloc datant d’au plus %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Mining</source>
        <translation>Minage en cours</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Node is in sync; mining is stopped</source>
        <translation>Le nœud est synchronisé ; le minage est arrêté</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The miner cannot use the node: %1</source>
        <translation>Le mineur ne peut pas utiliser le nœud : %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Node is in sync; connecting the miner</source>
        <translation>Le nœud est synchronisé ; connexion du mineur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Node is stopping</source>
        <translation>Le nœud s&apos;arrête</translation>
    </message>
</context>
<context>
    <name>qm::gui::LogConsole</name>
    <message>
        <location filename="../src/gui/widgets/log_console.cpp" line="+94"/>
        <source>Errors</source>
        <translation>Erreurs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warnings and errors</source>
        <translation>Avertissements et erreurs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Information</source>
        <translation>Informations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Debug</source>
        <translation>Débogage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everything</source>
        <translation>Tout</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Lines: %1</source>
        <translation>Lignes : %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Shown: %1 of %2</source>
        <translation>Affichées : %1 sur %2</translation>
    </message>
    <message>
        <location line="+50"/>
        <location line="+5"/>
        <source>Save log</source>
        <translation>Enregistrer le journal</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Log files (*.log *.txt);;All files (*)</source>
        <translation>Fichiers journaux (*.log *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Could not save the log to %1: %2</source>
        <translation>Impossible d&apos;enregistrer le journal dans %1 : %2</translation>
    </message>
</context>
<context>
    <name>qm::gui::LogModel</name>
    <message>
        <location filename="../src/gui/models/log_model.cpp" line="+112"/>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Debug</source>
        <translation>Débogage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Trace</source>
        <translation>Trace</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
</context>
<context>
    <name>qm::gui::MainWindow</name>
    <message>
        <location filename="../src/gui/widgets/control_bar.cpp" line="+33"/>
        <source>Checking for CUDA devices…</source>
        <translation>Recherche de périphériques CUDA…</translation>
    </message>
    <message>
        <location filename="../src/gui/main_window.cpp" line="+234"/>
        <source>Hash rate</source>
        <translation>Taux de hachage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>10 s average</source>
        <translation>Moyenne sur 10 s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>60 s average</source>
        <translation>Moyenne sur 60 s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>15 min average</source>
        <translation>Moyenne sur 15 min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jobs</source>
        <translation>Tâches</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Solutions found</source>
        <translation>Solutions trouvées</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Last minute</source>
        <translation>Dernière minute</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Last 5 minutes</source>
        <translation>5 dernières minutes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Last 15 minutes</source>
        <translation>15 dernières minutes</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/control_bar.cpp" line="+58"/>
        <source>of %1 CPUs</source>
        <translation>sur %1 CPU</translation>
    </message>
    <message>
        <location filename="../src/gui/main_window_tabs.cpp" line="+75"/>
        <source>No jobs yet.
A Quantus node sends jobs to this miner over HTTP; point its external miner setting at the address in the status bar below.</source>
        <translation>Aucune tâche pour l&apos;instant.
Un nœud Quantus envoie des tâches à ce mineur par HTTP ; réglez son mineur externe sur l&apos;adresse de la barre d&apos;état ci-dessous.</translation>
    </message>
    <message>
        <location filename="../src/gui/main_window.cpp" line="+14"/>
        <source>waiting for the first samples</source>
        <translation>en attente des premières mesures</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+385"/>
        <source>&amp;Hide to tray</source>
        <translation>&amp;Cacher dans la zone de notification</translation>
    </message>
    <message>
        <location line="-385"/>
        <location line="+385"/>
        <source>&amp;Minimise</source>
        <translation>&amp;Réduire</translation>
    </message>
    <message>
        <location line="-556"/>
        <location line="+223"/>
        <source>the service did not start (see the log)</source>
        <translation>le service n&apos;a pas démarré (voir le journal)</translation>
    </message>
    <message>
        <location filename="../src/gui/main_window_tabs.cpp" line="-5"/>
        <source>No jobs yet.
The node at %1 sends a job once it has peers and is in sync; its state is in the status bar below.</source>
        <translation>Aucune tâche pour l&apos;instant.
Le nœud à %1 envoie une tâche dès qu&apos;il a des pairs et qu&apos;il est synchronisé ; son état figure dans la barre d&apos;état ci-dessous.</translation>
    </message>
    <message>
        <location filename="../src/gui/main_window.cpp" line="+59"/>
        <source>Listening on %1:%2</source>
        <translation>À l&apos;écoute sur %1:%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>metrics on port %1</source>
        <translation>métriques sur le port %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Error: %1</source>
        <translation>Erreur : %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+243"/>
        <source>Stopped</source>
        <translation>Arrêté</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/control_bar.cpp" line="-9"/>
        <source>Stop mining</source>
        <translation>Arrêter le minage</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Start mining</source>
        <translation>Démarrer le minage</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Stop mining</source>
        <translation>&amp;Arrêter le minage</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Start mining</source>
        <translation>&amp;Démarrer le minage</translation>
    </message>
    <message>
        <location filename="../src/gui/main_window.cpp" line="-231"/>
        <source>&lt;b&gt;Not mining for the node at %1.&lt;/b&gt; %2</source>
        <translation>&lt;b&gt;Pas de minage pour le nœud à %1.&lt;/b&gt; %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&lt;b&gt;Not mining for any of the %1 nodes.&lt;/b&gt; %2</source>
        <translation>&lt;b&gt;Pas de minage : aucun des %1 nœuds n’est disponible.&lt;/b&gt; %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&lt;b&gt;Not mining on %1:%2.&lt;/b&gt; %3</source>
        <translation>&lt;b&gt;Pas de minage sur %1:%2.&lt;/b&gt; %3</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/status_strip.cpp" line="+137"/>
        <source>connecting</source>
        <translation>connexion</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>authenticating</source>
        <translation>authentification</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>connected, waiting for a job</source>
        <translation>connecté, en attente d&apos;une tâche</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>mining job %1</source>
        <translation>minage de la tâche %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>retrying in %1 s</source>
        <translation>nouvel essai dans %1 s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>stopped: %1</source>
        <translation>arrêté : %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>stopped</source>
        <translation>arrêté</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Node %1: %2</source>
        <translation>Nœud %1 : %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Node %1 (%2 of %3): %4</source>
        <translation>Nœud %1 (%2 sur %3) : %4</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 jobs, %2 blocks submitted, last job %3 ago</source>
        <translation>%1 tâches, %2 blocs soumis, dernière tâche il y a %3</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1. %2: %3</source>
        <translation>%1. %2 : %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>mining for this node</source>
        <translation>minage pour ce nœud</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>1 switch between nodes since the start</source>
        <translation>1 bascule entre nœuds depuis le démarrage</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n switches between nodes since the start</source>
        <translation>
            <numerusform>%n bascule entre nœuds depuis le démarrage</numerusform>
            <numerusform>%n bascules entre nœuds depuis le démarrage</numerusform>
        </translation>
    </message>
    <message>
        <location line="-70"/>
        <source>Uptime %1</source>
        <translation>Actif depuis %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Uptime —</source>
        <translation>Actif depuis —</translation>
    </message>
    <message>
        <location filename="../src/gui/main_window.cpp" line="+92"/>
        <source>Engine</source>
        <translation>Moteur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cannot switch to %1: %2</source>
        <translation>Impossible de passer à %1 : %2</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/status_strip.cpp" line="-13"/>
        <source>Engine %1 (%2)</source>
        <translation>Moteur %1 (%2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Workers %1</source>
        <translation>Threads %1</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/control_bar.cpp" line="-12"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 unavailable: %2</source>
        <translation>%1 indisponible : %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (unavailable)</source>
        <translation>%1 (indisponible)</translation>
    </message>
    <message>
        <location filename="../src/gui/main_window.cpp" line="+56"/>
        <source>peak %1 (10 s)</source>
        <translation>pic %1 (10 s)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+12"/>
        <source>total %1 hashes</source>
        <translation>%1 hashs au total</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>%1 per worker</source>
        <translation>%1 par thread</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 running</source>
        <translation>%1 en cours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 accepted · %2 completed</source>
        <translation>%1 acceptées · %2 terminées</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Accepted %1</source>
        <translation>Acceptées %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Running %1</source>
        <translation>En cours %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Completed %1</source>
        <translation>Terminées %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed %1</source>
        <translation>Échouées %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancelled %1</source>
        <translation>Annulées %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finished jobs leave the list %1 min after the node has fetched them</source>
        <translation>Les tâches finies quittent la liste %1 min après que le nœud les a récupérées</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>none yet this session</source>
        <translation>aucune pour cette session</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>last at %1</source>
        <translation>dernière à %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 · running jobs: %2</source>
        <translation>%1 · tâches en cours : %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not mining: %1</source>
        <translation>Pas de minage : %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Quantus Miner</source>
        <translation>Quantus Miner</translation>
    </message>
    <message>
        <location filename="../src/gui/main_window_tabs.cpp" line="+19"/>
        <source>&amp;Cancel job</source>
        <translation>&amp;Annuler la tâche</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy job &amp;ID</source>
        <translation>Copier l&apos;&amp;ID de la tâche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy found &amp;nonce</source>
        <translation>Copier le &amp;nonce trouvé</translation>
    </message>
    <message>
        <location filename="../src/gui/main_window_settings.cpp" line="+73"/>
        <source>Start on login</source>
        <translation>Démarrer à l&apos;ouverture de session</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not change the autostart entry: %1</source>
        <translation>Impossible de modifier le démarrage automatique : %1</translation>
    </message>
</context>
<context>
    <name>qm::gui::NetworkPage</name>
    <message>
        <location filename="../src/gui/wizard/network_page.cpp" line="+46"/>
        <source>Network</source>
        <translation>Réseau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The network your node joins, and the ports it uses on this computer only.</source>
        <translation>Le réseau que rejoint votre nœud, et les ports qu&apos;il utilise sur cet ordinateur seulement.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>optional; shown to other nodes</source>
        <translation>facultatif ; visible des autres nœuds</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Chain:</source>
        <translation>Chaîne :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Node name:</source>
        <translation>Nom du nœud :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Miner port (QUIC):</source>
        <translation>Port mineur (QUIC) :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RPC port:</source>
        <translation>Port RPC :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prometheus port:</source>
        <translation>Port Prometheus :</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The manifest names %1 (%2) for node %3.</source>
        <translation>Le manifeste indique %1 (%2) pour le nœud %3.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A test network: its tokens have no value.</source>
        <translation>Un réseau de test : ses jetons n’ont aucune valeur.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The chain the network&apos;s compatibility manifest names: mainnet, or a test network such as planck.</source>
        <translation>La chaîne qu’indique le manifeste de compatibilité du réseau : mainnet, ou un réseau de test comme planck.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>optional; empty: %1</source>
        <translation>facultatif ; vide : %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cannot tell how much space is free at %1.</source>
        <translation>Impossible de savoir combien d&apos;espace est libre à %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>⚠ Only %1 free on the data folder&apos;s disk; a node of this network needs about %2. Choose another data folder or free some space, or the node will stop when the disk is full.</source>
        <translation>⚠ Seulement %1 libres sur le disque du dossier de données ; un nœud de ce réseau a besoin d&apos;environ %2. Choisissez un autre dossier de données ou libérez de l&apos;espace, sinon le nœud s&apos;arrêtera quand le disque sera plein.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 free on the data folder&apos;s disk; the network needs about %2.</source>
        <translation>%1 libres sur le disque du dossier de données ; le réseau a besoin d&apos;environ %2.</translation>
    </message>
</context>
<context>
    <name>qm::gui::NodePanel</name>
    <message>
        <location filename="../src/gui/widgets/node_panel.cpp" line="+90"/>
        <source>The node cannot start</source>
        <translation>Le nœud ne peut pas démarrer</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Chain:</source>
        <translation>Chaîne :</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Node version:</source>
        <translation>Version du nœud :</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Peers:</source>
        <translation>Pairs :</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Best block:</source>
        <translation>Meilleur bloc :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last block:</source>
        <translation>Dernier bloc :</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Blocks mined:</source>
        <translation>Blocs minés :</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Restarts:</source>
        <translation>Redémarrages :</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Peer id:</source>
        <translation>ID de pair :</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Set &amp;up…</source>
        <translation>&amp;Configurer…</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Set up a node…</source>
        <translation>Configurer un nœud…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>S&amp;top node</source>
        <translation>Arrê&amp;ter le nœud</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>S&amp;tart node</source>
        <translation>&amp;Démarrer le nœud</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 of %2 blocks (%3 %)</source>
        <translation>%1 blocs sur %2 (%3 %)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not running</source>
        <translation>arrêté</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 blocks/s</source>
        <translation>%1 blocs/s</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%n s ago</source>
        <translation>
            <numerusform>il y a %n s</numerusform>
            <numerusform>il y a %n s</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 ago</source>
        <translation>il y a %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 this run, %2 in total</source>
        <translation>%1 pendant cette exécution, %2 au total</translation>
    </message>
</context>
<context>
    <name>qm::gui::NodeWizard</name>
    <message>
        <location filename="../src/gui/wizard/node_wizard.cpp" line="+16"/>
        <source>Set up your Quantus node</source>
        <translation>Configurer votre nœud Quantus</translation>
    </message>
</context>
<context>
    <name>qm::gui::PhrasePage</name>
    <message>
        <location filename="../src/gui/wizard/rewards_page.cpp" line="-87"/>
        <source>Write down your 24 words</source>
        <translation>Notez vos 24 mots</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>These words are your rewards key. Write them on paper, in order, and keep it safe.</source>
        <translation>Ces mots sont votre clé de récompenses. Écrivez-les sur papier, dans l’ordre, et gardez-le en lieu sûr.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anyone with these words can take your rewards; without them you cannot recover the key. They are shown only now and are not stored anywhere.</source>
        <translation>Quiconque possède ces mots peut prendre vos récompenses ; sans eux, vous ne pourrez pas récupérer la clé. Ils ne sont affichés que maintenant et ne sont enregistrés nulle part.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>I have &amp;written the 24 words down</source>
        <translation>J&apos;ai &amp;noté les 24 mots</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Address: %1</source>
        <translation>Adresse : %1</translation>
    </message>
</context>
<context>
    <name>qm::gui::ProgramPage</name>
    <message>
        <location filename="../src/gui/wizard/program_page.cpp" line="+26"/>
        <source>The node program</source>
        <translation>Le programme du nœud</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your miner mines for a Quantus node on this computer. Choose the node program you have, or download the release the network expects.</source>
        <translation>Votre mineur mine pour un nœud Quantus sur cet ordinateur. Choisissez le programme du nœud que vous avez, ou téléchargez la version qu&apos;attend le réseau.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use a &amp;quantus-node I already have</source>
        <translation>Utiliser un &amp;quantus-node que j&apos;ai déjà</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Download the node the network names</source>
        <translation>Télécharger le nœud &amp;indiqué par le réseau</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Path to quantus-node</source>
        <translation>Chemin de quantus-node</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Browse…</source>
        <translation>Pa&amp;rcourir…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The compatibility manifest lists the node release for each network with its SHA-256 checksum.</source>
        <translation>Le manifeste de compatibilité indique la version du nœud pour chaque réseau avec sa somme de contrôle SHA-256.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Down&amp;load</source>
        <translation>Téléc&amp;harger</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Manifest:</source>
        <translation>Manifeste :</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Choose quantus-node</source>
        <translation>Choisir quantus-node</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Downloading quantus-node %1 for %2…</source>
        <translation>Téléchargement de quantus-node %1 pour %2…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The download broke off (%1); trying again (%2)…</source>
        <translation>Le téléchargement s&apos;est interrompu (%1) ; nouvel essai (%2)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Checking the SHA-256 checksum…</source>
        <translation>Vérification de la somme de contrôle SHA-256…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Downloaded and verified: %1</source>
        <translation>Téléchargé et vérifié : %1</translation>
    </message>
    <message>
        <location line="-26"/>
        <location line="+31"/>
        <source>The download failed: %1</source>
        <translation>Le téléchargement a échoué : %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Network: %1 (%2), node %3</source>
        <translation>Réseau : %1 (%2), nœud %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Manifest updated %1</source>
        <translation>Manifeste mis à jour : %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is a test network: its tokens have no value.</source>
        <translation>%1 est un réseau de test : ses jetons n’ont aucune valeur.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The manifest address is not a valid URL.</source>
        <translation>L&apos;adresse du manifeste n&apos;est pas une URL valide.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Reading the compatibility manifest…</source>
        <translation>Lecture du manifeste de compatibilité…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>This is not a usable quantus-node: %1</source>
        <translation>Ce n&apos;est pas un quantus-node utilisable : %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Found %1.</source>
        <translation>Trouvé : %1.</translation>
    </message>
</context>
<context>
    <name>qm::gui::QrCodeWidget</name>
    <message>
        <location filename="../src/gui/widgets/qr_code_widget.cpp" line="+57"/>
        <source>QR code</source>
        <translation>Code QR</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Empty: no text to show</source>
        <translation>Vide : aucun texte à afficher</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <location line="+2"/>
        <location line="+4"/>
        <source>QR code of %1</source>
        <translation>Code QR de %1</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Not shown: the text is too long for a QR code (%1 bytes)</source>
        <translation>Non affiché : le texte est trop long pour un code QR (%1 octets)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not shown: the QR code could not be made</source>
        <translation>Non affiché : le code QR n’a pas pu être généré</translation>
    </message>
</context>
<context>
    <name>qm::gui::ReadyPage</name>
    <message>
        <location filename="../src/gui/wizard/network_page.cpp" line="+44"/>
        <source>Ready to mine</source>
        <translation>Prêt à miner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finish starts your node. It first catches up with the chain; the miner starts by itself when the node is in sync and has peers.</source>
        <translation>« Terminer » démarre votre nœud. Il rattrape d&apos;abord la chaîne ; le mineur démarre tout seul quand le nœud est synchronisé et a des pairs.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Start the node and mine now</source>
        <translation>&amp;Démarrer le nœud et miner maintenant</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Node program</source>
        <translation>Programme du nœud</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data folder</source>
        <translation>Dossier de données</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chain</source>
        <translation>Chaîne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rewards address</source>
        <translation>Adresse de récompenses</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>(not given)</source>
        <translation>(non indiquée)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inner hash</source>
        <translation>Hash interne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ports</source>
        <translation>Ports</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>miner %1, RPC %2, Prometheus %3</source>
        <translation>mineur %1, RPC %2, Prometheus %3</translation>
    </message>
</context>
<context>
    <name>qm::gui::RewardsPage</name>
    <message>
        <location filename="../src/gui/wizard/rewards_page.cpp" line="-199"/>
        <source>Your rewards</source>
        <translation>Vos récompenses</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blocks your node mines pay a wormhole address. The node needs only the address&apos;s inner hash; your 24 secret words never leave this computer and are not stored.</source>
        <translation>Les blocs que mine votre nœud paient une adresse wormhole. Le nœud n&apos;a besoin que du hash interne de l&apos;adresse ; vos 24 mots secrets ne quittent jamais cet ordinateur et ne sont pas enregistrés.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>I have the &amp;inner hash of my rewards address</source>
        <translation>J&apos;ai le hash &amp;interne de mon adresse de récompenses</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I have the &amp;24 words of an existing key</source>
        <translation>J&apos;ai les &amp;24 mots d&apos;une clé existante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create a &amp;new key for me</source>
        <translation>Créer une &amp;nouvelle clé pour moi</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>qz… (optional, for the QR code)</source>
        <translation>qz… (facultatif, pour le code QR)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>word1 word2 … word24</source>
        <translation>mot1 mot2 … mot24</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show the words</source>
        <translation>Afficher les mots</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Inner hash:</source>
        <translation>Hash interne :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address:</source>
        <translation>Adresse :</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Words:</source>
        <translation>Mots :</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <location line="+14"/>
        <source>%n of 24 words</source>
        <translation>
            <numerusform>%n mot sur 24</numerusform>
            <numerusform>%n mots sur 24</numerusform>
        </translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The inner hash is 0x followed by 64 hexadecimal digits.</source>
        <translation>Le hash interne est 0x suivi de 64 chiffres hexadécimaux.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A Quantus rewards address starts with qz.</source>
        <translation>Une adresse de récompenses Quantus commence par qz.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The node program did not accept the words: %1</source>
        <translation>Le programme du nœud n&apos;a pas accepté les mots : %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The node program could not create a key: %1</source>
        <translation>Le programme du nœud n&apos;a pas pu créer de clé : %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Rewards go to %1</source>
        <translation>Les récompenses vont à %1</translation>
    </message>
</context>
<context>
    <name>qm::gui::RewardsPanel</name>
    <message>
        <location filename="../src/gui/widgets/rewards_panel.cpp" line="+111"/>
        <source>Rewards address</source>
        <translation>Adresse de récompenses</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy</source>
        <translation>C&amp;opier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inner hash the node mines for:</source>
        <translation>Hash interne pour lequel le nœud mine :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>blocks mined since the app started</source>
        <translation>blocs minés depuis le lancement de l&apos;application</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>blocks mined in total</source>
        <translation>blocs minés au total</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set up a node to mine for your own rewards address. The assistant takes a few minutes and needs no terminal.</source>
        <translation>Configurez un nœud pour miner vers votre propre adresse de récompenses. L&apos;assistant prend quelques minutes et ne demande aucun terminal.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set &amp;up a node…</source>
        <translation>&amp;Configurer un nœud…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>(only the inner hash is known)</source>
        <translation>(seul le hash interne est connu)</translation>
    </message>
</context>
<context>
    <name>qm::gui::SettingsDialog</name>
    <message>
        <location filename="../src/gui/settings_dialog.cpp" line="+45"/>
        <source>%1 — folder %2</source>
        <translation>%1 — dossier %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 — files %2 and %3</source>
        <translation>%1 — fichiers %2 et %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 — folder %2, files %3 and %4</source>
        <translation>%1 — dossier %2, fichiers %3 et %4</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>This desktop has no system tray.</source>
        <translation>Ce bureau n&apos;a pas de zone de notification.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>any free port</source>
        <translation>un port libre</translation>
    </message>
    <message>
        <location filename="../src/gui/node_source_fields.cpp" line="+23"/>
        <source>The node&apos;s auth token file</source>
        <translation>Le fichier du jeton du nœud</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The node&apos;s certificate pin file</source>
        <translation>Le fichier d’empreinte du certificat du nœud</translation>
    </message>
    <message>
        <location filename="../src/gui/settings_dialog.cpp" line="+57"/>
        <source>This computer only</source>
        <translation>Cet ordinateur seulement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every IPv4 network interface</source>
        <translation>Toutes les interfaces réseau IPv4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This computer only (IPv6)</source>
        <translation>Cet ordinateur seulement (IPv6)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every network interface</source>
        <translation>Toutes les interfaces réseau</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>System default</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Follow the system</source>
        <translation>Comme le système</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Changing the address or a port restarts the service; running jobs are cancelled.</source>
        <translation>Changer l&apos;adresse ou un port redémarre le service ; les tâches en cours sont annulées.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>address</source>
        <translation>l&apos;adresse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>API port</source>
        <translation>le port de l&apos;API</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>metrics port</source>
        <translation>le port des métriques</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This run was started with the %1 on the command line or in the environment; those win over what is saved here at the next start.</source>
        <translation>Cette exécution a été lancée avec %1 en ligne de commande ou dans l&apos;environnement ; ces valeurs l&apos;emportent sur celles enregistrées ici au prochain démarrage.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The node writes %1 and %2 into its &lt;base-path&gt;/chains/&lt;chain&gt;/ folder when it runs with --miner-listen-port. Only these paths are saved, never the token.</source>
        <translation>Le nœud écrit %1 et %2 dans son dossier &lt;base-path&gt;/chains/&lt;chain&gt;/ lorsqu’il tourne avec --miner-listen-port. Seuls ces chemins sont enregistrés, jamais le jeton.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This run&apos;s node was given on the command line or in the environment; that wins over what is saved here at the next start.</source>
        <translation>Le nœud de cette exécution a été donné sur la ligne de commande ou dans l’environnement ; cela l’emporte sur ce qui est enregistré ici au prochain démarrage.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The miner mines for the first node in this order that is reachable and has a job. When that node goes, it switches to the next one within seconds, and it returns to a higher one when that is back.</source>
        <translation>Le mineur mine pour le premier nœud de cet ordre qui est joignable et a une tâche. Si ce nœud disparaît, il bascule vers le suivant en quelques secondes, et revient à un nœud antérieur dès son retour.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The backup nodes of this run came with its node from the command line or the environment; they win over this list at the next start.</source>
        <translation>Les nœuds de secours de cette exécution sont venus avec son nœud de la ligne de commande ou de l’environnement ; ils l’emportent sur cette liste au prochain démarrage.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Add a backup node</source>
        <translation>Ajouter un nœud de secours</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit the backup node</source>
        <translation>Modifier le nœud de secours</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Backup node %1 (%2): this node is already in the list; give each node once.</source>
        <translation>Nœud de secours %1 (%2) : ce nœud figure déjà dans la liste ; indiquez chaque nœud une seule fois.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Backup node %1 (%2): %3</source>
        <translation>Nœud de secours %1 (%2) : %3</translation>
    </message>
    <message>
        <location filename="../src/gui/node_source_fields.cpp" line="+49"/>
        <source>The node&apos;s directory (chains/&lt;chain&gt;)</source>
        <translation>Dossier du nœud (chains/&lt;chain&gt;)</translation>
    </message>
    <message>
        <location filename="../src/gui/settings_dialog.cpp" line="+24"/>
        <source>Enter the node&apos;s address, e.g. 127.0.0.1:9833 (the port of its --miner-listen-port).</source>
        <translation>Saisissez l’adresse du nœud, p. ex. 127.0.0.1:9833 (le port de son --miner-listen-port).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1” is not a node address: use HOST:PORT, e.g. 127.0.0.1:9833.</source>
        <translation>« %1 » n’est pas une adresse de nœud : utilisez HÔTE:PORT, p. ex. 127.0.0.1:9833.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file “%1” does not exist.</source>
        <translation>Le fichier « %1 » n’existe pas.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose the node&apos;s directory: &lt;base-path&gt;/chains/&lt;chain&gt;/, where it writes %1.</source>
        <translation>Choisissez le dossier du nœud : &lt;base-path&gt;/chains/&lt;chain&gt;/, où il écrit %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The folder “%1” does not exist.</source>
        <translation>Le dossier « %1 » n’existe pas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1” has no %2 file: choose the node&apos;s chains/&lt;chain&gt;/ folder, and start the node with --miner-listen-port so that it writes the file.</source>
        <translation>« %1 » ne contient pas de fichier %2 : choisissez le dossier chains/&lt;chain&gt;/ du nœud et démarrez le nœud avec --miner-listen-port pour qu’il écrive le fichier.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose both files: the node&apos;s %1 and its %2.</source>
        <translation>Choisissez les deux fichiers : %1 et %2 du nœud.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>These node settings cannot be used: %1.</source>
        <translation>Ces réglages de nœud ne sont pas utilisables : %1.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>“%1” is not an IP address. Use 127.0.0.1 (this computer), 0.0.0.0 or :: (every interface).</source>
        <translation>« %1 » n&apos;est pas une adresse IP. Utilisez 127.0.0.1 (cet ordinateur), 0.0.0.0 ou :: (toutes les interfaces).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The metrics port must differ from the API port.</source>
        <translation>Le port des métriques doit être différent du port de l&apos;API.</translation>
    </message>
</context>
<context>
    <name>qm::gui::SystemPanel</name>
    <message>
        <location filename="../src/gui/widgets/system_panel.cpp" line="+91"/>
        <source>Worker %1</source>
        <translation>Thread %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none of AVX2, BMI2, AVX-512 (scalar code only)</source>
        <translation>ni AVX2, ni BMI2, ni AVX-512 (code scalaire seulement)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1; in use: %2</source>
        <translation>%1 ; utilisé : %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1; would use %2</source>
        <translation>%1 ; utiliserait %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Looking for CUDA devices…</source>
        <translation>Recherche de périphériques CUDA…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>gpu-cuda can use %1 of %2 GPUs (driver CUDA %3.%4; %5)</source>
        <translation>gpu-cuda peut utiliser %1 GPU sur %2 (pilote CUDA %3.%4 ; %5)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>gpu-cuda unavailable: %1</source>
        <translation>gpu-cuda indisponible : %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Worker</source>
        <translation>Thread</translation>
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
        <translation>Mémoire</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Compute</source>
        <translation>Calcul</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Temperature</source>
        <translation>Température</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Power</source>
        <translation>Puissance</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Load</source>
        <translation>Charge</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not usable: %1</source>
        <translation>inutilisable : %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
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
