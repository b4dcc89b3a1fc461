/**
 * The frame of one guided step: the manual's rule for it, the form, one submit button. The
 * step is sent as the form's values (shaped by `toBody`); a refusal puts the server's field
 * problems on the form and its message in a toast, and nothing moves on.
 */
import type { ReactNode } from 'react';
import { Alert, Button, Form, type FormInstance } from 'antd';
import { useErrorReporter } from '../../app/errors.ts';

export function StepForm<V extends object>({
  form,
  hint,
  submitLabel,
  onSubmit,
  children,
  testId,
  initialValues,
  disabled,
}: {
  form: FormInstance<V>;
  hint: string;
  submitLabel: string;
  onSubmit(values: V): Promise<unknown>;
  children: ReactNode;
  testId: string;
  initialValues?: Partial<V>;
  disabled?: boolean;
}) {
  const report = useErrorReporter();
  const submit = async (values: V) => {
    try {
      await onSubmit(values);
    } catch (err) {
      report(err, { form });
    }
  };
  return (
    <Form<V>
      form={form}
      layout="vertical"
      onFinish={submit}
      // A refusal from the server stays on its field only until the clerk changes that field.
      onValuesChange={(changed: object) =>
        form.setFields(Object.keys(changed).map((name) => ({ name: name as never, errors: [] })))
      }
      initialValues={initialValues}
      data-testid={testId}
      requiredMark={false}
      disabled={disabled}
    >
      <Alert type="info" showIcon message={hint} style={{ marginBottom: 16 }} />
      {children}
      <Form.Item style={{ marginBottom: 0 }}>
        <Button type="primary" htmlType="submit" data-testid={`${testId}-submit`}>
          {submitLabel}
        </Button>
      </Form.Item>
    </Form>
  );
}
