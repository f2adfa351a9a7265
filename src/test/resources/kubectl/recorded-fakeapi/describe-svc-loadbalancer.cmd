describe service kubia-loadbalancer
