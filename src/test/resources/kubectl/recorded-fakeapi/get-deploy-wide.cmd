get deploy -o wide
