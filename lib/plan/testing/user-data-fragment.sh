#!/bin/bash
# Test fixture, written from the facts in lib/upstream/user-data.ts (not copied): the lines of the
# agent pool module's user data around custom_userdata_inject, in their order and quoting, with
# the AWS calls and the agent start left out. @name@ stands where Terraform's templatefile
# writes a variable, verbatim. Instead of starting the agent, it writes the environment the agent
# would inherit to $FLOWS_TEST_ENV_OUT.
run_agent() {(
  set -e

  export FLOWS_GATEWAY_ENDPOINT="@gateway_endpoint@"
  export FLOWS_ENDPOINT="@backend_endpoint@"
  export FLOWS_DOCKER_MOUNTS_TEMPDIR="/var/flows/runtimes"
  export FLOWS_EXECUTOR="docker"

  export HTTP_PROXY=@http_proxy@

  export FLOWS_ADDITIONAL_ROOT_CAS=@custom_ca_certificates@

  export FLOWS_DOCKER_EXTRA_PARAMS="--runtime=runsc --cap-drop=ALL --security-opt no-new-privileges  -e HTTP_PROXY=@http_proxy@ -e HTTPS_PROXY=@http_proxy@ -e NODE_USE_ENV_PROXY=1"

  @custom_userdata_inject@

  echo "Starting the Flows agent binary" >/dev/null
  env -0 >"$FLOWS_TEST_ENV_OUT"
)}

set +e
run_agent
