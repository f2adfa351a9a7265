describe service kubia-lb-hostname
