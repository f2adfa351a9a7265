create service nodeport foo
