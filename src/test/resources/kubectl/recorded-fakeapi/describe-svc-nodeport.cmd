describe service kubia-nodeport
