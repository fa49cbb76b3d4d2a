# Stops a running service before the package is erased ($1 = 0; not on upgrade).
if [ "$1" -eq 0 ] && [ -d /run/systemd/system ]; then
    systemctl stop quantus-miner.service >/dev/null 2>&1 || :
fi
exit 0
