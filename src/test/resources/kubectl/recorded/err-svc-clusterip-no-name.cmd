create service clusterip
