# Creates the system user the service runs as; it stays when the package is erased.
getent group quantus-miner >/dev/null || groupadd --system quantus-miner
getent passwd quantus-miner >/dev/null ||
    useradd --system --gid quantus-miner --home-dir /var/lib/quantus-miner --no-create-home \
        --shell /usr/sbin/nologin --comment "Quantus Miner service" quantus-miner
exit 0
