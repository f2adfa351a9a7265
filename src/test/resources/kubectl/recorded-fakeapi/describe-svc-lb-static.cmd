describe service kubia-lb-static
