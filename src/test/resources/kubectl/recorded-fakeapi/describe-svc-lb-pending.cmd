describe service kubia-lb-pending
