# Installing neither enables nor starts the service; an upgrade ($1 > 1)
# restarts it only when it is running.
if [ -d /run/systemd/system ]; then
    systemctl --system daemon-reload >/dev/null 2>&1 || :
    if [ "$1" -gt 1 ]; then
        systemctl try-restart quantus-miner.service >/dev/null 2>&1 || :
    fi
fi
exit 0
