create deployment d --image=nginx --image=busybox --port=80 --dry-run=client -o yaml
