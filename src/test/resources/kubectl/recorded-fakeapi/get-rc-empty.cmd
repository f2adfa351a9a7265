get rc -n demo
