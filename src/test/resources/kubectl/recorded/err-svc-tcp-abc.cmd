create service clusterip y --tcp=abc --dry-run=client
